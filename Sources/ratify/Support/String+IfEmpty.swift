import ArgumentParser
import Foundation
import RatifyFormats
import RatifyCore
import RatifyReports
import RatifyStore

extension String {
    func ifEmpty(_ replacement: String) -> String { isEmpty ? replacement : self }
}
