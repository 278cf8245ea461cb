extension ParticipantDirectory {
    /// "Viet Nam (VNM)".
    public func displayName(_ code: String) -> String {
        self[code].map { "\($0.name) (\(code))" } ?? code
    }
}
