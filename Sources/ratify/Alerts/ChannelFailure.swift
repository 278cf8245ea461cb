import Foundation
import RatifyStore

struct ChannelFailure: Error, CustomStringConvertible { var description: String }
