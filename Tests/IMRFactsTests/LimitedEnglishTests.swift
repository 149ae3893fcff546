import IMRFacts
import Testing

// A worker's English told by its limit (`limited_english`): a restriction of what the worker
// speaks or understands ("understands only simple greetings in English", "her English is limited",
// "speaks little English", "minimal English") is no proficiency. English told fluent or good, or
// named for another purpose (a document translated into English, a worker who reads a form in
// English aloud), is not limited. Rows in this engineer's own words (the first follows batch 27's
// shape).
@Test(
    arguments: [
        // (summary, limited_english)
        ("She speaks Hmong; she understands only simple greetings in English and does not read English.", "true"),
        ("Her English is limited; her daughter came to the visit.", "true"),
        ("He speaks little English and answers in Tagalog.", "true"),
        ("Minimal English; the history was taken with difficulty.", "true"),
        ("His English is very limited, and he does not follow written instructions.", "true"),
        ("She knows only a few words of English.", "true"),
        ("He speaks broken English.", "true"),
        ("Her English skills are limited.", "true"),
        // ...and English told fluent, or named for another purpose.
        ("She speaks Hmong at home and English fluently.", "false"),
        ("He speaks English well and gave a clear history.", "false"),
        ("The Spanish clinic note was translated into English for this review.", "nil"),
        ("She is limited in lifting; she gave her history in English.", "nil"),
    ] as [(String, String)])
func englishToldByItsLimitIsLimited(_ summary: String, _ expected: String) {
    expectRequestFact(summary, "Medical interpreter, Hmong, for 6 visits", "limited_english", expected)
}
