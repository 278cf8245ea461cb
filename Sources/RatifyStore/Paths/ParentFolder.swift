import Foundation

/// The folder part of a path: "" for a bare file name, as
/// `NSString.deletingLastPathComponent` answers. Written out because that
/// property crashes (SIGILL in `String._startOfLastPathComponent`) on a
/// one-character path such as `-` or `a` in this toolchain's Foundation
/// (Swift 6.3.1 on Linux), and `ratify backup -`, `--db a` and
/// `--output a` must not.
public enum ParentFolder {
    public static func of(_ path: String) -> String {
        guard path.contains("/") else { return "" }
        return (path as NSString).deletingLastPathComponent
    }
}
