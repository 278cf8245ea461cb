import RatifyCore

/// What the import's writer knows of an action of the treaty it is on.
enum KnownAction {
    /// In effect before the file.
    case recorded(ActionRecord)
    /// A row of this file (or a correction it made): its details' hashes and line.
    case inFile(FileReview.Details, line: Int?)
}
