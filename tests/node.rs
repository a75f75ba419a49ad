//! The wasm API in Node.js: `wasm-pack test --node`.
#![cfg(target_arch = "wasm32")]

#[macro_use]
mod common;

all_wasm_cases!();
