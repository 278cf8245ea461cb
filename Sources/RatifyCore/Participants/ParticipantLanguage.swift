extension Participant {
    /// A language the reference data names participants in; the raw values
    /// are BCP 47 tags. Adding one means a column of translations in the
    /// reference data (scripts/generate-reference-data) and a case here.
    public enum Language: String, Sendable, Codable, CodingKeyRepresentable, CaseIterable {
        /// The depositary's language: `Participant.name`.
        case english = "en"
        case vietnamese = "vi"
    }
}
