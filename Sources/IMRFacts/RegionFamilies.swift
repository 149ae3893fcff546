/// Parts of the body whose nerve findings bear on each other: arm symptoms on the neck and the
/// upper limb, leg symptoms on the low back and the lower limb.
enum RegionFamilies {
    static let upper: Set<String> = ["cervical_spine", "upper_extremity", "shoulder", "elbow", "forearm", "wrist", "hand"]
    static let lower: Set<String> = ["lumbar_spine", "lower_extremity", "hip", "knee", "ankle", "foot"]
    static let thoracic: Set<String> = ["thoracic_spine"]

    /// Every region in a family of one of `regions`.
    static func family(of regions: Set<String>) -> Set<String> {
        var family: Set<String> = []
        for group in [upper, lower, thoracic] where !group.isDisjoint(with: regions) { family.formUnion(group) }
        return family
    }
}
