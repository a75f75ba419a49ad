// The page's side of the engine worker: promise-based requests, a busy count, and a fresh
// worker whenever the old one died (a wasm trap, a failed load) or was cancelled.

export class Engine {
  constructor(url = new URL("./worker.js", import.meta.url)) {
    this.url = url;
    this.worker = null;
    this.pending = new Map();
    this.nextId = 1;
    this.onbusy = () => {};
    this.onprogress = () => {};
  }

  get busy() {
    return this.pending.size > 0;
  }

  /** Sends one request; resolves to its result or rejects with an EngineError. */
  request(op, ...args) {
    const worker = this.ensure();
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject, op, worker });
      this.onbusy(this.busy);
      worker.postMessage({ id, op, args });
    });
  }

  /** Stops whatever runs now; every pending request rejects as cancelled. */
  cancel() {
    this.restart(new EngineError("Cancelled.", { cancelled: true }));
  }

  ensure() {
    if (this.worker) return this.worker;
    const worker = new Worker(this.url, { type: "module", name: "claimdiff-engine" });
    worker.addEventListener("message", (e) => this.receive(worker, e.data));
    worker.addEventListener("error", (e) => {
      e.preventDefault();
      const detail = e.message ? `: ${e.message}` : "";
      this.restart(new EngineError(`The engine could not start${detail}. Reload the page; if this persists, rebuild the wasm package (scripts/build_wasm.py).`, { fatal: true }), worker);
    });
    worker.addEventListener("messageerror", () => {
      this.restart(new EngineError("The engine sent a result the page could not read.", { fatal: true }), worker);
    });
    this.worker = worker;
    return worker;
  }

  receive(worker, msg) {
    const entry = this.pending.get(msg?.id);
    if (!entry || entry.worker !== worker) return;
    if (msg.part === "head" || msg.part === "slice") {
      if (msg.part === "head") {
        entry.partial = msg.result;
        entry.slices = msg.slices;
        entry.received = 0;
      } else {
        const target = msg.path.reduce((obj, key) => obj[key], entry.partial);
        for (const item of msg.items) target.push(item);
        entry.received++;
        this.onprogress(entry.received / entry.slices);
      }
      // Ask for the next slice from a fresh task, so the page can paint in between.
      setTimeout(() => {
        if (this.worker === worker && this.pending.get(msg.id) === entry) worker.postMessage({ id: msg.id, op: "next" });
      }, 0);
      return;
    }
    if (msg.part === "end") msg.result = entry.partial;
    this.pending.delete(msg.id);
    if (msg.ok) {
      entry.resolve({ result: msg.result, ms: msg.ms });
    } else {
      const err = new EngineError(readable(msg.error), { fatal: !!msg.fatal, name: msg.error?.name });
      if (msg.fatal) {
        // The instance trapped: drop it and fail whatever was queued behind this request.
        this.restart(err, worker);
      }
      entry.reject(err);
    }
    this.onbusy(this.busy);
  }

  restart(err, onlyWorker = this.worker) {
    if (!onlyWorker || onlyWorker !== this.worker) return;
    this.worker.terminate();
    this.worker = null;
    for (const [id, entry] of this.pending) {
      if (entry.worker === onlyWorker) {
        this.pending.delete(id);
        entry.reject(err);
      }
    }
    this.onbusy(this.busy);
  }
}

export class EngineError extends Error {
  constructor(message, { fatal = false, cancelled = false, name } = {}) {
    super(message);
    this.name = "EngineError";
    this.fatal = fatal;
    this.cancelled = cancelled;
    this.engineName = name;
  }
}

function readable(error) {
  const message = (error?.message ?? "unknown error").trim();
  if (error?.name === "RuntimeError") {
    return `The engine crashed (${message}). It has been restarted; try again, and if it happens again with the same texts, please report it.`;
  }
  if (error?.op === "load") {
    return `The engine could not be loaded (${message}). Rebuild the wasm package with scripts/build_wasm.py --target web and reload.`;
  }
  const first = message.charAt(0).toUpperCase() + message.slice(1);
  return /[.!?]$/.test(first) ? first : `${first}.`;
}
