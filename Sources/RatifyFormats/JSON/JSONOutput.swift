import Foundation

/// One JSON style for every command: pretty, keys sorted (Linux's encoder
/// does not keep the order written, and golden files need a stable one),
/// slashes unescaped, a final newline.
public enum JSONOutput {
    public static func string(_ value: some Encodable, pretty: Bool = true) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting =
            pretty ? [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self) + "\n"
    }
}
