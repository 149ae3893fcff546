import Testing

// The sacroiliac joint confirmed as the pain's source by a diagnostic block
// (`sacroiliac_block_confirmed`; ODG Hip & Pelvis, Sacroiliac joint fusion, as usually quoted: the
// diagnosis "confirmed by diagnostic sacroiliac blocks"): a block told diagnostic or confirmatory,
// told with its relief, an injection of the joint with a local anaesthetic, a diagnosis told
// confirmed by blocks. False when a block gave no relief or was negative, or none was done. Must
// not: a therapeutic steroid injection with weeks of relief, a block only planned in doubt, the
// provocation tests. Written in this project's own words.
@Test(
    arguments: [
        ("Confirmatory left sacroiliac joint block, bupivacaine 0.5% under fluoroscopy.", "true"),
        ("A diagnostic SI joint block on 02/09/2016 gave 86% relief for two hours.", "true"),
        ("Two fluoroscopically guided left SI joint injections with local anaesthetic, 80% and 75% relief.", "true"),
        ("Impression: left sacroiliac joint pain, confirmed by two diagnostic blocks.", "true"),
        ("The left SI joint block gave no relief.", "false"),
        ("No diagnostic sacroiliac joint block has been done.", "false"),
        ("Sacroiliac joint block 03/2016: negative.", "false"),
        // Must not: a therapeutic injection's relief, a doubt, the examination.
        ("Two therapeutic sacroiliac steroid injections in 2015, 3 weeks of relief each.", "!true"),
        ("Distraction, thigh thrust and compression tests positive on the left.", "nil"),
    ] as [(String, String)])
func sacroiliacBlockConfirmedRead(_ sentence: String, _ expected: String) {
    expectRequestFact(
        "Spine surgery consultation 08/11/2016: a 49-year-old scaffold erector with left sacroiliac joint pain since a fall on 05/12/2014. "
            + sentence,
        "Left sacroiliac joint fusion, minimally invasive", "sacroiliac_block_confirmed", expected)
}
