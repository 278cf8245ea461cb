/// The English ordinal suffix: "st" of 21st, "nd", "rd", "th" of 11th to 13th.
public enum EnglishOrdinal {
    public static func suffix(_ n: Int) -> String {
        (11...13).contains(n % 100) ? "th" : n % 10 == 1 ? "st" : n % 10 == 2 ? "nd" : n % 10 == 3 ? "rd" : "th"
    }
}
