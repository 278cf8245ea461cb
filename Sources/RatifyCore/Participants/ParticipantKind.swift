extension Participant {
    /// What a participant is; the raw values are those of the reference data
    /// (fixtures/participants.csv).
    public enum Kind: String, Sendable, Codable, CaseIterable {
        /// A State: UN Member States, the Holy See, the State of Palestine,
        /// the Cook Islands, Niue.
        case state
        /// A regional economic integration organization: where a treaty says
        /// so, its instrument is not counted in addition to its members'.
        case reio
        /// Any other intergovernmental organization (the United Nations, its
        /// specialized agencies, INTERPOL, the Council of Europe, ...).
        case organization
        /// Any other entry of ISO 3166-1 (Hong Kong, the Cayman Islands, ...),
        /// and the former territories of ISO 3166-3 (the Netherlands Antilles).
        case territory
        /// A State that no longer exists (ISO 3166-3: the USSR, Yugoslavia,
        /// Czechoslovakia, ...; Tanganyika, ...), whose instruments still count
        /// in older treaties.
        case formerState
    }
}
