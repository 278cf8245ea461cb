extension Optional where Wrapped == String {
    /// Empty text is stored as NULL (the schema refuses '').
    var nonEmpty: String? { self.flatMap { $0.isEmpty ? nil : $0 } }
}
