/// Why the benchmark could not measure something: a file it could not open, a tool that failed, a name it does not
/// know.
struct BenchmarkFailure: Error, CustomStringConvertible {
    var description: String
}
