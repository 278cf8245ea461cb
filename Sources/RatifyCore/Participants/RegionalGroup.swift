/// The United Nations regional groups, plus the two kinds of participant
/// that belong to none.
public enum RegionalGroup: String, Sendable, Codable, CaseIterable, Comparable {
    case african = "African"
    case asiaPacific = "Asia-Pacific"
    case easternEuropean = "Eastern European"
    case latinAmericanAndCaribbean = "Latin American and Caribbean"
    case westernEuropeanAndOthers = "Western European and others"
    /// Regional economic integration organizations (the European Union, ...).
    case reio = "REIO"
    /// Observer States and States outside the UN that sit in no group
    /// (Holy See, Cook Islands, Niue), territories and other organizations.
    case none = "None"

    public static func < (lhs: Self, rhs: Self) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
