import Foundation

/// The built-in participants; the data itself is generated.
public enum ReferenceData {}
