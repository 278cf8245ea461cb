/// The four ways the depositary's status table reaches us.
public enum UNTCInputKind: String, Sendable {
    /// Copied from the status page in a browser: one row a line, cells separated by tabs.
    case text
    /// Saved as CSV by a spreadsheet or a scraper: cells separated by commas, quoted when they hold one.
    case csv
    /// The status page saved from the browser.
    case html
    /// The MTDSG XML (`.../MTDSG/Volume II/Chapter XVIII/XVIII-16.en.xml`).
    case xml
}
