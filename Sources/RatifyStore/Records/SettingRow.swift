import GRDB

/// A row of `setting`.
struct SettingRow: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "setting"
    var key: String
    var value: String

    static let defaultTreaty = "default_treaty"
    static let referenceDataVersion = "reference_data_version"
}
