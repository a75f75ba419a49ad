//! End-to-end cleanup of invented pages: every role and reason the pipeline gives.

use crate::clean::{clean, Article, Role};

fn role_of(a: &Article, needle: &str) -> (Role, String) {
    let line = a
        .lines
        .iter()
        .find(|l| l.text.contains(needle))
        .unwrap_or_else(|| panic!("no line contains {needle:?}"));
    (line.role, line.reason.to_string())
}

fn assert_role(a: &Article, needle: &str, role: Role, reason: &str) {
    assert_eq!(
        role_of(a, needle),
        (role, reason.to_string()),
        "line {needle:?}"
    );
}

const HARBOUR_PAGE: &str = "\
Skip to content
Monday, April 7, 2031
Harbourside Gazette
Local
Ferry engines fail again as harbour board delays launch

The new ferry will not carry passengers before autumn, the board said, after a second failed sea trial.

By Ana Ruiz and Lee Park

March 3, 2031, 9:15 AM

Two tugboats pull a white ferry away from a concrete pier under a grey sky.
The ferry leaves the pier for its sea trial on Friday.Credit...Tomas Reyes for the Gazette

HALIFAX — The harbour board said on Tuesday that the new ferry would not enter service until the autumn, because its engines had failed their sea trials for the second time in a month.

Board chair Mina Osei told reporters that the shipyard had agreed to rebuild both engines at its own cost, and that the old ferry would keep running until then.

Advertisement

The delay is the third since the ferry was ordered, and it has already cost the city more than two million dollars in leases and overtime for crews on the old boat.

What Happens to the Old Ferry

The old ferry, which entered service when most of its crew were children, needs a new hull survey before it can sail through another winter, the board said.

Ms. Osei said the survey would be done in the spring and that she was confident it would pass.

Related Stories
Dock strike ends after nine days
Workers voted to return after the city offered a new contract to every crew member on the docks.
Lighthouse keeper retires after forty years
12 comments
© 2031 Harbourside Media Group
";

#[test]
fn full_page_roles_and_reasons() {
    let a = clean(HARBOUR_PAGE);
    assert_role(&a, "Skip to content", Role::Boilerplate, "nav");
    assert_role(&a, "Monday, April 7", Role::Boilerplate, "page-date");
    assert_role(&a, "Harbourside Gazette", Role::Boilerplate, "nav");
    assert_role(&a, "Local", Role::Boilerplate, "nav");
    assert_role(&a, "Ferry engines fail", Role::Title, "title");
    assert_role(&a, "will not carry passengers", Role::Dek, "dek");
    assert_role(&a, "By Ana Ruiz", Role::Byline, "byline");
    assert_role(&a, "March 3, 2031", Role::Date, "date");
    assert_role(&a, "Two tugboats", Role::Caption, "alt-text");
    assert_role(&a, "Credit...", Role::Caption, "credit");
    assert_role(&a, "HALIFAX —", Role::Body, "prose");
    assert_role(&a, "Advertisement", Role::Boilerplate, "ad-label");
    assert_role(&a, "The delay is the third", Role::Body, "prose");
    assert_role(
        &a,
        "What Happens to the Old Ferry",
        Role::Heading,
        "section-heading",
    );
    assert_role(&a, "Ms. Osei said the survey", Role::Body, "prose");
    assert_role(&a, "Related Stories", Role::Boilerplate, "related-heading");
    assert_role(&a, "Dock strike ends", Role::Boilerplate, "teaser-list");
    assert_role(&a, "Workers voted", Role::Boilerplate, "teaser-list");
    assert_role(&a, "12 comments", Role::Boilerplate, "counter");
    assert_role(&a, "© 2031", Role::Boilerplate, "footer");

    assert_eq!(
        a.title.as_deref(),
        Some("Ferry engines fail again as harbour board delays launch")
    );
    assert_eq!(a.byline.as_deref(), Some("Ana Ruiz, Lee Park"));
    assert_eq!(a.published_time.as_deref(), Some("2031-03-03T09:15"));
    assert_eq!(a.date_text.as_deref(), Some("March 3, 2031, 9:15 AM"));
    assert!(a.excerpt.as_deref().unwrap().starts_with("The new ferry"));
    assert_eq!(a.lang.as_deref(), Some("en"));
    assert_eq!(a.paragraphs.len(), 6);
    assert_eq!(a.headings, [3]);
    assert!(a.text_content.starts_with("HALIFAX"));
    assert_eq!(a.length, a.text_content.chars().count());
}

#[test]
fn serialises_missing_metadata_as_null() {
    let json = serde_json::to_value(clean("")).unwrap();
    for key in [
        "title",
        "byline",
        "excerpt",
        "publishedTime",
        "dateText",
        "lang",
    ] {
        assert!(json[key].is_null(), "{key}");
    }
    assert_eq!(json["lines"], serde_json::json!([]));
}

const WIRE_PAGE: &str = "\
Coastal towns brace for the biggest tide in a decade
Inland Desk The Associated Press, 9 Oct, 2030 6:40 PM
• Coastal towns brace for the biggest tide in a decade
Residents of three coastal towns stacked sandbags along the seawall on Thursday as forecasters warned that the autumn tide could be the highest in ten years.
Emergency officials said they did not expect to order evacuations, but that they would keep the shelters in the school gyms open through the weekend.
\"We know what to do,\" a clerk said.
Picture Courtesy: SHORE PRESS/Kim Lau
MORE Weather ARTICLES
Snow closes mountain pass for second day
Snow closes mountain pass for second day
Plows could not keep up with the storm, and the highway will stay closed until Saturday, officials said.
Snow closes mountain pass for second day
";

#[test]
fn agency_credit_line_repeated_title_and_teaser_copies() {
    let a = clean(WIRE_PAGE);
    assert_role(&a, "Inland Desk", Role::Byline, "byline");
    assert_eq!(a.byline.as_deref(), Some("The Associated Press"));
    assert_eq!(a.published_time.as_deref(), Some("2030-10-09T18:40"));
    assert_eq!(a.date_text.as_deref(), Some("9 Oct, 2030 6:40 PM"));
    let copy = a.lines.iter().find(|l| l.text.starts_with('•')).unwrap();
    assert_eq!(
        (copy.role, copy.reason.as_ref()),
        (Role::Boilerplate, "repeated-line")
    );
    assert_role(&a, "We know what", Role::Body, "short-in-context");
    assert_role(&a, "Picture Courtesy", Role::Caption, "credit");
    assert_role(&a, "Plows could not", Role::Boilerplate, "teaser-list");
    let snow: Vec<_> = a
        .lines
        .iter()
        .filter(|l| l.text.starts_with("Snow"))
        .collect();
    assert!(snow.iter().all(|l| l.reason == "repeated-line"));
    assert_eq!(a.paragraphs.len(), 3);
}

#[test]
fn dek_set_apart_by_spacing_and_dateline_lede() {
    let with_dek = "\
Why the orchard co-op is planting fewer apples
Growers say warmer winters and cheaper imports have made the old varieties a losing bet for small farms.

The orchard co-op in the valley will plant a third fewer apple trees this year, its board said at the annual meeting on Saturday.
Members voted to replace the oldest rows with pears and plums, which need fewer cold nights and fetch higher prices at the market.
The board said it would review the plan after two harvests and could reverse it if apple prices recover.
";
    let a = clean(with_dek);
    assert_role(&a, "Growers say", Role::Dek, "dek");
    assert_eq!(a.paragraphs.len(), 3);

    let lede = with_dek.replace("Growers say", "VALLEY TOWN — Growers say");
    let a = clean(&lede);
    assert_role(&a, "Growers say", Role::Body, "prose");
    assert_eq!(a.excerpt, None);
}

#[test]
fn byline_name_author_note_counter_and_paywall() {
    let page = "\
Night trains return to the northern line after six years
3 days ago 14
We are checking your access to this article. Please wait.
Rail operators say demand for overnight travel has come back faster than expected.
Rosa Lindqvist
By Rosa Lindqvist
Rosa Lindqvist reported from the sleeper car on the first run north.
May 2, 2031
The first night train in six years left the capital on Friday evening with every one of its sleeping cabins sold, the operator said.
Tickets for the summer were sold out within a week, and the operator said it was looking for more carriages to lease from abroad.
Already a subscriber? Log in.
Want the whole story? Subscribe.
";
    let a = clean(page);
    assert_role(&a, "3 days ago", Role::Boilerplate, "counter");
    assert_role(
        &a,
        "checking your access",
        Role::Boilerplate,
        "paywall-prompt",
    );
    assert_role(&a, "Rail operators say", Role::Dek, "dek");
    let name = a.lines.iter().find(|l| l.text == "Rosa Lindqvist").unwrap();
    assert_eq!(
        (name.role, name.reason.as_ref()),
        (Role::Byline, "byline-name")
    );
    assert_role(&a, "reported from", Role::Byline, "author-note");
    assert_eq!(a.byline.as_deref(), Some("Rosa Lindqvist"));
    assert_eq!(a.published_time.as_deref(), Some("2031-05-02"));
    assert_role(
        &a,
        "Already a subscriber",
        Role::Boilerplate,
        "paywall-prompt",
    );
    assert_role(&a, "Subscribe.", Role::Boilerplate, "paywall-prompt");
    assert_eq!(a.paragraphs.len(), 2);
}

#[test]
fn keyword_list_tip_box_and_trailing_fragments() {
    let page = "\
Library extends opening hours for exam season
The city library will stay open until midnight for the next four weeks so that students have a quiet place to study, the head librarian said on Monday.
She said the extra hours were paid for by a grant from the university, which had asked for the change after its own reading rooms filled up every evening.
Keywords
library hours, exam season, city library, student study space
Know something we missed? Tell our newsroom.
Submit a Tip
";
    let a = clean(page);
    assert_role(&a, "Keywords", Role::Boilerplate, "seo-keywords");
    assert_role(&a, "library hours, exam", Role::Boilerplate, "seo-keywords");
    assert_role(&a, "Know something", Role::Boilerplate, "tip-box");
    assert_role(&a, "Submit a Tip", Role::Boilerplate, "tip-box");
    assert_eq!(a.paragraphs.len(), 2);
}

#[test]
fn question_headline_is_the_title() {
    let page = "\
Can the old mill be saved?
The town council voted on Tuesday to spend half a million dollars on a study of whether the flooded mill on the river can be repaired.
Engineers will report in the autumn, and the council said it would not decide the mill's future before then.
";
    let a = clean(page);
    assert_eq!(a.title.as_deref(), Some("Can the old mill be saved?"));
    assert_eq!(a.paragraphs.len(), 2);
}

#[test]
fn truncated_teasers_after_the_article() {
    let page = "\
Bridge repairs finish a month early
Crews finished resurfacing the east bridge a month ahead of schedule, and all four lanes reopened to traffic on Sunday morning, the city said.
The repairs cost less than budgeted because the steel beams under the deck were in better shape than the engineers had feared.
Read More
A farmer in the hills says a rare owl has nested in his barn for the third winter and he would…
";
    let a = clean(page);
    assert_role(&a, "Read More", Role::Boilerplate, "read-more");
    assert_role(&a, "rare owl", Role::Boilerplate, "truncated-teaser");
}

#[test]
fn other_languages_get_their_code() {
    let fr = "\
Le pont du port rouvre après deux mois de travaux
Le pont du port a rouvert lundi matin à la circulation, après deux mois de travaux qui ont coûté plus que prévu à la ville, a indiqué la mairie.
Les commerçants du quartier, qui se plaignaient d'une baisse de leur chiffre d'affaires, ont salué la fin du chantier.
";
    assert_eq!(clean(fr).lang.as_deref(), Some("fr"));
    let de = "\
Die Hafenbrücke ist wieder offen
Die Hafenbrücke ist seit Montag wieder für den Verkehr freigegeben, nachdem die Arbeiten zwei Monate gedauert und mehr gekostet hatten als geplant.
Die Händler im Viertel, die über weniger Kunden geklagt hatten, begrüßten das Ende der Baustelle.
";
    assert_eq!(clean(de).lang.as_deref(), Some("de"));
}

#[test]
fn never_panics_on_hostile_input() {
    let long = "word ".repeat(200_000);
    let html = "<html><head><title>x</title></head><body><p>Hello &amp; bye</p><script>var a = 1;</script></body></html>\n<div class=\"ad\">\n</div>";
    let junk: String = (0u32..20_000)
        .filter_map(|i| char::from_u32((i * 7919) % 0x10FFFF))
        .collect();
    let inputs = [
        "",
        "   \n\n\t\n",
        "\0\0\0\n\0",
        html,
        "新桥将于春季通车。市议会周一表示，工程已经完成。\n記者：王小明",
        "قال المجلس يوم الاثنين إن الجسر الجديد سيفتح في الربيع.\nשלום עולם",
        "🚢🚢🚢 Ferry news 🚢\n👍 12\n",
        "By\nBy \n•\n• \n…\n1\n2031-13-45\n99/99/2031\nJan. , 2031",
        long.as_str(),
        junk.as_str(),
    ];
    for input in inputs {
        let a = clean(input);
        assert!(a.lines.iter().all(|l| !l.reason.is_empty()));
        assert!(a.paragraphs.len() <= a.lines.len());
    }
}

#[test]
fn masthead_and_site_menu_before_the_headline() {
    let page = "\
Harbour Public Radio
Listen Live
Programs
Schedule
Events

Harbour board delays the launch of the new ferry to autumn

By Mina Osei, Harbour Reporter
Published April 7, 2031 at 8:00 AM

The harbour board said on Tuesday that the new ferry would not enter service until the autumn, after its engines failed a second sea trial.

Support for Harbour Public Radio comes from listeners like you.
Donate now

The old ferry will keep running until then, and the timetable stays as it is, the board said in a statement.
";
    let a = clean(page);
    assert_eq!(
        a.title.as_deref(),
        Some("Harbour board delays the launch of the new ferry to autumn")
    );
    assert_role(&a, "Harbour Public Radio", Role::Boilerplate, "nav");
    assert_role(&a, "Support for", Role::Boilerplate, "donation-prompt");
    assert_role(&a, "Donate now", Role::Boilerplate, "donation-prompt");
    assert_role(&a, "The old ferry will keep", Role::Body, "prose");
}
