import Foundation
import Interpreter

extension FetchRequest {
  /// `o2a:<urn>[,<urn>…]` with begin, end, aggregate and functions: a DWS `/data` query for
  /// tab-separated text, one `sensors=` per URN and one `aggregateFunctions=` per function
  /// (none for `second`, the raw values).
  static func o2a(_ list: String, settings: ArchiveSettings, query: SensorQuery) throws
    -> FetchRequest
  {
    let urns = list.split(separator: ",", omittingEmptySubsequences: false).map {
      $0.trimmingCharacters(in: .whitespaces)
    }
    for urn in urns
    where urn.split(separator: ":").count < 3 || urn.contains(where: { $0 == " " || $0 == "/" }) {
      throw FetchError(ArchiveMessages.notASensorURN(urn), help: ArchiveMessages.sensorURNHelp)
    }
    guard let begin = query.begin, let end = query.end else {
      throw FetchError(ArchiveMessages.o2aNeedsTimes, help: ArchiveMessages.o2aNeedsTimesHelp)
    }
    let aggregate = (query.aggregate ?? "hour").lowercased()
    let allowed = ["second", "minute", "hour", "day"]
    guard allowed.contains(aggregate) else {
      throw FetchError(ArchiveMessages.aggregateChoice(allowed))
    }
    // Raw values are not aggregated: the service's clients send no function with `second`.
    guard aggregate != "second" || query.functions.isEmpty else {
      throw FetchError(
        ArchiveMessages.functionsOnRawValues, help: ArchiveMessages.functionsOnRawValuesHelp)
    }
    let functions = aggregate == "second" ? [] : try sensorFunctions(query.functions)
    var components = URLComponents(string: settings.endpoint("o2a") + "/data")
    var items = urns.map { URLQueryItem(name: "sensors", value: $0) }
    items += [
      URLQueryItem(name: "beginDate", value: begin), URLQueryItem(name: "endDate", value: end),
      URLQueryItem(name: "aggregate", value: aggregate.uppercased()),
    ]
    items += functions.map { URLQueryItem(name: "aggregateFunctions", value: $0.uppercased()) }
    items.append(URLQueryItem(name: "format", value: "text/tab-separated-values"))
    items += query.quality.map { URLQueryItem(name: "qualityFlags", value: String($0)) }
    if query.withFlags { items.append(URLQueryItem(name: "withQualityFlags", value: "true")) }
    components?.queryItems = items
    guard let url = components?.url else { throw FetchError(ArchiveMessages.o2aQueryURL) }
    let safe: (String) -> String = {
      String($0.map { $0.isLetter || $0.isNumber || $0 == "-" ? $0 : "_" })
    }
    // The functions, the filter and the flag columns change the data, so they are part of
    // the cache key.
    let quality = query.quality.map(String.init).joined(separator: ",")
    let named = functions == ["mean"] || functions.isEmpty ? "" : functions.joined(separator: ",")
    let extra =
      (named.isEmpty ? "" : "&functions=\(named)")
      + (quality.isEmpty ? "" : "&quality=\(quality)") + (query.withFlags ? "&flags=true" : "")
    let suffix =
      (named.isEmpty ? "" : "_" + functions.joined(separator: "-"))
      + (quality.isEmpty ? "" : "_q\(safe(quality))") + (query.withFlags ? "_flags" : "")
    return FetchRequest(
      uri: "o2a:\(urns.joined(separator: ","))?begin=\(begin)&end=\(end)&aggregate=\(aggregate)"
        + extra,
      archive: "o2a", source: .http(url, headers: [:]),
      localPath:
        "raw/o2a/\(fileStem(urns, safe: safe))_\(safe(begin))_\(safe(end))_\(aggregate)\(suffix).tsv",
      format: .o2a)
  }

  /// The raw/ file name part for the sensors: the URN, or for several the first URN, their
  /// count and a hash of the list (file names have a length limit, URN lists do not).
  private static func fileStem(_ urns: [String], safe: (String) -> String) -> String {
    guard urns.count > 1, let first = urns.first else { return safe(urns.first ?? "") }
    let hash = SHA256.hex(Array(urns.joined(separator: ",").utf8)).prefix(8)
    return "\(safe(first))_and_\(urns.count - 1)_more_\(hash)"
  }

  /// The aggregate functions as the service spells them in headers (lower case), without
  /// repeats; mean when none are given. The service names its functions itself (mean,
  /// median, min, max, stddev, n, q75 are seen in its clients), so any word is passed on.
  static func sensorFunctions(_ functions: [String]) throws -> [String] {
    var result: [String] = []
    for function in functions.map({ $0.lowercased() }) where !result.contains(function) {
      guard !function.isEmpty, function.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) })
      else {
        throw FetchError(
          ArchiveMessages.notAFunction(function), help: ArchiveMessages.notAFunctionHelp)
      }
      result.append(function)
    }
    return result.isEmpty ? ["mean"] : result
  }
}
