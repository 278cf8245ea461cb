import Foundation

/// Treaty definitions carried in the binary and loaded by `ratify init`.
public enum BuiltInTreaties {
    /// The United Nations Convention against Cybercrime ("Hanoi Convention"),
    /// MTDSG XVIII-16. Art. 64 (signature period) and art. 65(1) (40
    /// instruments, the 90th day, an REIO not additional) are the depositary's
    /// text. Art. 65(2) (later parties: 30th day, not before entry into force)
    /// and art. 67 (denunciation: one year) are UNCONFIRMED and follow the
    /// model of UNTOC art. 38(2)/40 and UNCAC art. 68(2)/70; they are ordinary
    /// fields, overridable with `ratify treaty add`.
    public static let hanoiJSON = #"""
        {
          "id": "hanoi",
          "title": "United Nations Convention against Cybercrime",
          "titles": {"vi": "Công ước của Liên hợp quốc về chống tội phạm mạng"},
          "description": "MTDSG XVIII-16. Art. 64 signature period and art. 65(1) entry into force (40 instruments, 90th day, REIO not additional): depositary text (UNTC). Art. 65(2) later parties (30th day, not before entry into force) and art. 67 denunciation (one year): UNCONFIRMED, modelled on UNTOC art. 38(2)/40 and UNCAC art. 68(2)/70.",
          "threshold": 40,
          "reio_counts": false,
          "entry_into_force": ["+90d"],
          "later_parties": ["+30d"],
          "later_parties_not_before_eif": true,
          "signature_opens": "2025-10-25",
          "signature_closes": "2026-12-31",
          "denunciation": ["+1y"]
        }
        """#

    public static var hanoi: TreatyDefinition {
        // The literal is checked by a unit test; a failure here is a build defect.
        try! TreatyDefinition.parse(Data(hanoiJSON.utf8))
    }

    public static var all: [(definition: TreatyDefinition, json: String)] { [(hanoi, hanoiJSON)] }
}
