//! Generated news pages and dumps for the batch and check tests: a
//! headline and three paragraphs of real prose about a topic.

use std::io::Write;

/// Three paragraphs of three sentences each about `topic`.
pub fn paragraphs(topic: &str) -> [String; 3] {
    [
        format!(
            "The council of {topic} met on Tuesday evening to discuss the plan for the old \
             harbour district. Residents filled the hall and asked how the new homes would be \
             paid for. The mayor said the first contracts would be signed before the end of the year."
        ),
        format!(
            "Engineers told the meeting that the quay walls in {topic} were older than anyone \
             had thought. Repairs will take at least two summers, and the ferry will move to a \
             temporary pier while the work goes on. Shop owners said they feared losing customers."
        ),
        format!(
            "A final vote on the plan for {topic} is expected next month. Until then, drawings \
             of the new district will be on show in the public library. Anyone who wants to \
             comment can write to the council or speak at the open session in March."
        ),
    ]
}

pub fn headline(topic: &str) -> String {
    format!("{topic} votes on a new plan for its old harbour")
}

/// A plain-text dump of a news page about `topic`.
pub fn text_page(topic: &str) -> String {
    let [a, b, c] = paragraphs(topic);
    format!(
        "Home\nNews\nSport\nWeather\n\n{}\n\n{a}\n\n{b}\n\n{c}\n\nShare this article\n",
        headline(topic)
    )
}

/// An HTML news page about `topic`.
pub fn html_page(topic: &str) -> String {
    let [a, b, c] = paragraphs(topic);
    let h = headline(topic);
    format!(
        "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>{h}</title></head>\
         <body><nav><ul><li><a href=\"/\">Home</a></li><li><a href=\"/news\">News</a></li></ul></nav>\
         <article><h1>{h}</h1><p>{a}</p><p>{b}</p><p>{c}</p></article>\
         <footer><p>Copyright 2024 Example News</p></footer></body></html>\n"
    )
}

pub fn gzip(bytes: &[u8]) -> Vec<u8> {
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    encoder.write_all(bytes).unwrap();
    encoder.finish().unwrap()
}
