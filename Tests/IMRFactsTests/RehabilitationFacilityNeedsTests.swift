import IMRCore
import IMRFacts
import Testing

/// A rehabilitation physician's supervision needed, for an inpatient rehabilitation facility (42 CFR
/// 412.622(a)(3)(iv)): medical problems told to need a physician's frequent oversight are true; a
/// stated absence of that need is false; "medically stable" alone, and silence, say nothing.
@Test(
    arguments: [
        // (summary, rehabilitation_physician_needed)
        ("His labile blood pressure and new anticoagulation need daily physician management.", "true"),
        ("She requires close physician supervision while her insulin doses are adjusted.", "true"),
        ("The physiatrist notes no need for physician oversight; his problems are orthopaedic only.", "false"),
        ("No medical issue that would need a physician's attention is expected during the stay.", "false"),
        ("Medically stable for transfer.", nil),
        ("Alert and motivated; walks 20 feet with a walker.", nil),
    ] as [(String, String?)])
func rehabilitationPhysicianNeedIsRead(_ summary: String, _ expected: String?) {
    let facts = requestFacts("Acute inpatient rehabilitation admission, 10 days", summary: summary)
    #expect(value(facts, "rehabilitation_physician_needed") == expected)
}

/// Two or more therapy disciplines needed, one of them PT or OT (42 CFR 412.622(a)(3)(i)): both
/// therapies told needed are true; one discipline signed off with no further need is false; a
/// single therapy named without more says nothing.
@Test(
    arguments: [
        // (summary, multiple_therapy_disciplines_needed)
        ("He needs PT and OT daily for gait and dressing.", "true"),
        ("Requires physical and occupational therapy at an intensive level.", "true"),
        ("The occupational therapist saw her once and signed off; no further OT needs.", "false"),
        ("Therapy plan: gait training with the walker.", nil),
    ] as [(String, String?)])
func multipleTherapyDisciplinesNeedIsRead(_ summary: String, _ expected: String?) {
    let facts = requestFacts("Acute inpatient rehabilitation admission, 10 days", summary: summary)
    #expect(value(facts, "multiple_therapy_disciplines_needed") == expected)
}
