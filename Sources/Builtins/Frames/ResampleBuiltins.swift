import Interpreter
import Tensor

extension Builtins {
  static let resampling: [Builtin] = [
    Builtin(
      "resample", area: .frames, summary: "Splits a frame into equal time bins for summarize().",
      parameters: [
        Parameter("frame", .frame, "The frame."),
        Parameter("on", .string, "The time column to bin by.", default: .string("time")),
        Parameter(
          "every", .duration,
          "The bin width: \"30s\", \"10min\", \"1h\", \"6h\", \"1d\", \"500ms\".",
          default: .string("1h")),
      ],
      returns: .groupedFrame,
      details: "As pandas' df.resample(every, on=on): bins are closed on the left, labelled by "
        + "their start and counted from midnight of the earliest time's day (origin "
        + "\"start_day\"). Every bin from the first time's to the last's is present, so empty "
        + "bins give mean() nil and len() 0; rows with a missing time are left out. Pass the "
        + "result to summarize(), whose key column is the bin start. At most 10,000,000 bins.",
      examples: [
        Example(
          "frame(time=parse_time(column([\"2019-01-01T00:10\", \"2019-01-01T02:30\"])), "
            + "x=[1, 2]) |> resample(every=\"1h\") |> len()",
          "3"),
        Example(
          "(frame(time=parse_time(column([\"2019-01-01T00:10\", \"2019-01-01T00:40\"])), "
            + "x=[1, 2]) |> resample(every=\"30min\") |> summarize(x=mean(.x))).x[1]",
          "2.0"),
      ]
    ) { args in
      let frame = try args.frame("frame")
      let name = try args.string("on")
      let every = try args.string("every")
      guard let column = frame.column(named: name) else {
        throw args.error(.noColumn, FrameMessages.noColumn(name, frame.columnCount), at: "on")
      }
      guard let width = Duration.microseconds(every) else {
        // Binding has checked the text is a duration.
        throw args.kindError("every")
      }
      let bins: TimeBins
      do throws(TimeBins.Problem) {
        bins = try TimeBins(column, width: width)
      } catch {
        switch error {
        case .notTime(let type):
          throw args.error(
            FrameMessages.notTime(name, type), at: "on", help: FrameMessages.notTimeHelp)
        case .tooManyBins(let count, let limit):
          throw args.error(FrameMessages.tooManyBins(count, limit), at: "every")
        }
      }
      let grouping = Grouping(keys: try Frame(columns: [bins.starts]), rows: bins.rows)
      return .object(
        GroupedFrameValue(
          frame: frame, keyNames: [name], grouping: grouping,
          label: "bins of \(every) by \(name)"))
    }
  ]
}
