import Foundation
import GRDB
import RatifyCore

public enum TreatyChange: String, Sendable { case added, replaced, unchanged }
