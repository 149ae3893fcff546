import Testing

// Which drug is taken now. A drug its sentence then tells not tried by a pronoun ("'Tylenol doesn't
// do anything for me', though he has not tried it since the injury", "she never used them") is not
// taken. The phrase told of another person, followed by how the drug is taken ("as prescribed",
// "with alcohol"), a procedure named between, or the pronoun before the drug keep it taken. Rows in
// this engineer's own words; every must-read row read the drug as taken before this reading.
@Test(
    arguments: [
        // (summary, term): the drug told not tried.
        ("Pt states: \"Tylenol doesn't do anything for me\", though he has not tried it since the injury.", "!acetaminophen"),
        ("He says Tylenol is useless, though he has never tried it.", "!acetaminophen"),
        ("Lidoderm patches were suggested in May; she never used them.", "!lidocaine_patch"),
        ("Her PCP mentioned acetaminophen; she hasn't taken it at all.", "!acetaminophen"),
        // ...and the drug still taken.
        ("Takes Tylenol 500 mg daily; she has not taken it as prescribed.", "acetaminophen"),
        ("Takes Tylenol 500 mg twice a day; her husband has never tried it.", "acetaminophen"),
        ("Tylenol 650 mg bid helps; a TENS unit was offered but she never used it.", "acetaminophen"),
        ("She has not tried it yet, but Tylenol 500 mg bid is listed as a current medication.", "acetaminophen"),
        ("Tylenol 500 mg tid; she has not taken it with alcohol.", "acetaminophen"),
        ("\"Tylenol doesn't do anything for me,\" he says; he takes it 1000 mg twice a day.", "acetaminophen"),
    ] as [(String, String)])
func aDrugToldNotTriedByAPronounIsNotTaken(_ summary: String, _ term: String) {
    expectRequestFact(summary, "Naproxen 500 mg #60", "medications", term, anyTerm: true)
}

// A drug told taken before another drug that names the time ("Before the methadone he tried
// tramadol", "He tried tramadol before the methadone") is the earlier drug, not taken now. A time
// named otherwise (bed, work, surgery), a present verb, or a drug told continued keeps it taken.
@Test(
    arguments: [
        // (summary, term): the earlier drug.
        ("Before the methadone he tried tramadol. Methadone 10 mg tid.", "!tramadol"),
        ("Prior to starting Lyrica, she took gabapentin for a year. Lyrica 75 mg bid.", "!gabapentin"),
        ("Before Norco he had ibuprofen, which upset his stomach. Norco 10/325 bid.", "!ibuprofen"),
        ("He tried tramadol before the methadone.", "!tramadol"),
        // ...and the drug still taken.
        ("Before bed he takes trazodone 50 mg.", "trazodone"),
        ("Before work he takes ibuprofen 400 mg.", "ibuprofen"),
        ("Before the methadone dose he takes tramadol 50 mg.", "tramadol"),
        ("Before the methadone he tried tramadol, and he still takes it at night.", "tramadol"),
        ("Before surgery she used naproxen daily.", "naproxen"),
        ("He takes tramadol before the methadone dose.", "tramadol"),
        ("She took naproxen before the Norco and still takes it with meals.", "naproxen"),
    ] as [(String, String)])
func aDrugTakenBeforeAnotherIsTheEarlierOne(_ summary: String, _ term: String) {
    expectRequestFact(summary, "Methadone 10 mg #90", "medications", term, anyTerm: true)
}
