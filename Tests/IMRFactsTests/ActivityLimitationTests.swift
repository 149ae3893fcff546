import Testing

// A significant activity limitation (`significant_activity_limitation`; MTUS ACOEM 2004 surgical
// referral: "activity limitation for more than one month", "significant activity limitation"):
// a work status short of full duty, an activity told lost or limited, a disability score in its
// band. Must not: full duty without restriction, "no limitations", a limit denied, a goal, a score
// outside its band, another person's limit. Written in this project's own words.

@Test(
    arguments: [
        // (summary, expected: a value, "nil" for not documented)
        ("Seen 10/06/2016. Heel pain for 16 months. He has been on modified duty since 03/2016.", "true"),
        ("Seen 10/06/2016. Heel pain for 16 months. She is off work, temporarily totally disabled.", "true"),
        ("Seen 10/06/2016. Heel pain for 16 months. She is unable to stand for more than 20 minutes.", "true"),
        ("Seen 10/06/2016. Elbow numbness for ten months. He cannot grip a hammer and drops objects.", "true"),
        ("Seen 10/06/2016. Heel pain for 16 months; he cannot walk his children to school and has stopped playing soccer.", "true"),
        ("Seen 10/06/2016. Back pain for 8 months. She has difficulty with housework and shopping.", "true"),
        ("Seen 10/06/2016. Back pain for 8 months. Oswestry Disability Index 42%.", "true"),
        ("Seen 10/06/2016. Elbow numbness for ten months. QuickDASH 59; work module 75.", "true"),
        ("Seen 10/06/2016. Knee pain for 5 months. LEFS 38/80.", "true"),
        ("Seen 10/06/2016. Back pain for 8 months. ODI 52% -> 30% after therapy.", "true"),
        // Must not.
        ("Seen 10/06/2016. Heel pain for 16 months. He works full duty without restrictions.", "false"),
        ("Seen 10/06/2016. Heel pain for 16 months. No limitations in her daily activities.", "false"),
        ("Seen 10/06/2016. Heel pain for 16 months. She has no difficulty walking or standing.", "false"),
        ("Seen 10/06/2016. Elbow numbness for ten months. QuickDASH 9.", "false"),
        ("Seen 10/06/2016. Back pain for 8 months. ODI 52% -> 12% after therapy.", "false"),
        ("Seen 10/06/2016. Heel pain for 16 months. Goal: to walk 30 minutes.", "nil"),
        ("Seen 10/06/2016. Heel pain for 16 months. His wife is unable to drive.", "nil"),
        ("Seen 10/06/2016. Back pain for 8 months. QuickDASH 04/2016 done.", "nil"),
    ] as [(String, String)])
func activityLimitation(_ summary: String, _ expected: String) {
    expectRequestFact(summary, "Left plantar fascia release", "significant_activity_limitation", expected)
}
