import ArgumentParser
import Foundation
import RatifyCore
import RatifyFormats
import RatifyReports
import RatifyStore

extension String {
    func ifEmpty(_ replacement: String) -> String { isEmpty ? replacement : self }
}
