import Testing

// A problem list's entries (``ListItems``, ``DiagnosisDoubt``, the `?` of `symbols`): "?" before
// or after a diagnosis, "r/o", "possible" and "vs" leave it suspected, "resolved" makes it past, and
// a list item's doubt stays in its item (the next entry is a diagnosis made). A "?" that ends a
// question to the reader is a question, and the answer after it is read. Entries on lines of their
// own, numbered, or joined on one line as a letter joins them. Written in this project's own words
// before the mechanism: on the start build (61ce66a) the "? S1" and "C6 radiculopathy?" entries
// read as diagnoses made.

@Test(
    arguments: [
        // (summary, request, the diagnosis term, whether it is read)
        (
            "Dx:\n- Lumbar strain\n- ? L5 radiculopathy\n- DDD\nMr. K., 47, carpenter. SLR negative, sensation intact, reflexes 2+.",
            "Lumbar epidural steroid injection", "!radiculopathy"
        ),
        (
            "Dx:\n- Lumbar strain\n- ? L5 radiculopathy\n- DDD\nMr. K., 47, carpenter. SLR negative, sensation intact, reflexes 2+.",
            "Lumbar epidural steroid injection", "degenerative_disc_disease"
        ),
        (
            "Dx:\n- Lumbar strain\n- possible L5 radiculopathy\n- DDD\nMr. K., 47, carpenter. SLR negative.",
            "Lumbar epidural steroid injection", "degenerative_disc_disease"
        ),
        (
            "Problem list: #1 low back pain since a fall 05/2016, ? S1 radiculopathy #2 hypertension. Mr. K., 47, carpenter. SLR negative, sensation intact.",
            "Lumbar epidural steroid injection", "!radiculopathy"
        ),
        (
            "Dx: 1. Cervical strain 2. C6 radiculopathy? 3. Cervicogenic headache. Ms. A., 39, cashier, neck pain since 03/2016. Spurling's negative.",
            "Cervical epidural steroid injection", "!radiculopathy"
        ),
        (
            "Diagnoses: 1. Lumbar strain 2. L5 radiculopathy (resolved 2014) 3. Obesity. Mr. R., 50, low back pain since lifting a crate 06/2016, no leg pain now.",
            "Lumbar epidural steroid injection", "!radiculopathy"
        ),
        (
            "Ms. G., 50, nurse's aide, low back pain after a patient transfer 07/2016. Problem list:\n1. Lumbar strain\n2. r/o L5 radiculopathy\n3. HTN",
            "Lumbar epidural steroid injection", "!radiculopathy"
        ),
        // Must-read: a diagnosis stated, and the answer to a question to the reader.
        (
            "Is this an L5 radiculopathy? The EMG of 10/2016 answers it: acute L5 denervation on the left. Dx: left L5 radiculopathy. SLR positive on the left at 40 degrees.",
            "Lumbar epidural steroid injection", "radiculopathy"
        ),
        (
            "Mr. N., 53, driver. Impression:\n1. L5 radiculopathy, left, confirmed on EMG 09/2016\n2. Lumbar DDD\nSLR positive on the left at 35 degrees.",
            "Lumbar epidural steroid injection", "radiculopathy"
        ),
    ] as [(String, String, String)])
func problemListEntryRead(_ summary: String, _ request: String, _ diagnosis: String) {
    expectRequestFact(summary, request, "regional_diagnoses", diagnosis, anyTerm: true)
}
