import Testing

// A hip's osteoarthritis told advanced for joint-preserving surgery (`hip_arthritis_advanced`; ODG Hip &
// Pelvis, Arthroscopy and Surgery for femoroacetabular impingement: not with advanced osteoarthritis):
// a Tönnis grade of 2 or 3, in prose or a table's row; the hip's arthritis told moderate or worse,
// bone on bone. False: a Tönnis grade of 0 or 1, the hip's arthritis told mild or early, or mild to
// moderate, the hip's joint space preserved, the advanced arthritis denied. Must not: an arthritis told
// of another joint, or without the hip. Written in this project's own words.

@Test(
    arguments: [
        // (summary, request, fact, expected: a value, "nil" for not documented, "!value" for any other)
        ("AP pelvis: Tonnis grade 2 changes on the right.", "Right hip arthroscopy", "hip_arthritis_advanced", "true"),
        ("Radiographs: Tönnis III, cysts and collapse of the joint space.", "Right hip arthroscopy", "hip_arthritis_advanced", "true"),
        ("| Tonnis grade | 3 (large cysts, severe narrowing) |", "Left hip arthroscopy, labral repair", "hip_arthritis_advanced", "true"),
        ("Moderate osteoarthritis of the left hip on the films.", "Left hip arthroscopy, labral repair", "hip_arthritis_advanced", "true"),
        ("Impression: severe right hip degenerative joint disease.", "Right hip arthroscopy", "hip_arthritis_advanced", "true"),
        ("The right hip is bone on bone superiorly.", "Right hip arthroscopy", "hip_arthritis_advanced", "true"),
        ("Tonnis grade 1 with a cam lesion.", "Right hip arthroscopy", "hip_arthritis_advanced", "false"),
        ("Tonnis 0; alpha angle 66 degrees.", "Right hip arthroscopy", "hip_arthritis_advanced", "false"),
        ("X-rays: mild hip osteoarthritis on the right.", "Right hip arthroscopy", "hip_arthritis_advanced", "false"),
        ("Early arthritis of the right hip, joint space 4 mm.", "Right hip arthroscopy", "hip_arthritis_advanced", "false"),
        ("Mild to moderate hip arthritis.", "Right hip arthroscopy", "hip_arthritis_advanced", "false"),
        ("No moderate hip osteoarthritis is seen.", "Right hip arthroscopy", "hip_arthritis_advanced", "false"),
        // Must not: another joint's arthritis, an arthritis not told of the hip, a grade of another scale.
        ("Moderate osteoarthritis of the left knee.", "Left hip arthroscopy, labral repair", "hip_arthritis_advanced", "nil"),
        ("Moderate osteoarthritis on the films.", "Right hip arthroscopy", "hip_arthritis_advanced", "nil"),
        ("Kellgren-Lawrence grade 3 of the right knee.", "Right hip arthroscopy", "hip_arthritis_advanced", "nil"),
        ("Right hip pain, grade 2 labral fraying.", "Right hip arthroscopy", "hip_arthritis_advanced", "nil"),
    ] as [(String, String, String, String)])
func hipArthritisAdvanced(_ summary: String, _ request: String, _ fact: String, _ expected: String) {
    expectRequestFact(summary, request, fact, expected)
}
