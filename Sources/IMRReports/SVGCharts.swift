import IMRHarness

/// Inline SVG charts for the HTML report.
enum SVGCharts {
    /// The confusion matrix as a grid: rows actual, columns predicted, each cell shaded by its share of the row.
    static func confusion(_ confusion: Confusion) -> String {
        let columns: [(String, KeyPath<Confusion.Row, Int>)] = [("Upheld", \.upheld), ("Overturned", \.overturned), ("Abstain", \.abstain)]
        let rows: [(String, Confusion.Row, Bool)] = [("Upheld", confusion.upheld, true), ("Overturned", confusion.overturned, false)]
        let cell = 110
        let left = 110
        let top = 40
        var svg =
            #"<svg width="\#(left + 3 * cell + 10)" height="\#(top + 2 * cell + 30)" viewBox="0 0 \#(left + 3 * cell + 10) \#(top + 2 * cell + 30)" role="img" aria-label="Confusion matrix">"#
        svg += #"<text x="\#(left + 3 * cell / 2)" y="14" class="axis">predicted</text>"#
        for (column, (label, _)) in columns.enumerated() {
            svg += #"<text x="\#(left + column * cell + cell / 2)" y="\#(top - 8)" class="label">\#(label)</text>"#
        }
        for (rowIndex, (label, row, isUpheld)) in rows.enumerated() {
            let y = top + rowIndex * cell
            svg += #"<text x="\#(left - 8)" y="\#(y + cell / 2 + 5)" class="rowlabel">\#(label)</text>"#
            for (column, (_, path)) in columns.enumerated() {
                let count = row[keyPath: path]
                let share = row.total == 0 ? 0 : Double(count) / Double(row.total)
                let correct = (isUpheld && column == 0) || (!isUpheld && column == 1)
                let colour = correct ? "46,125,50" : (column == 2 ? "120,120,120" : "198,40,40")
                let opacity = Format.ratio(0.08 + 0.85 * share)
                svg +=
                    #"<rect x="\#(left + column * cell)" y="\#(y)" width="\#(cell - 4)" height="\#(cell - 4)" fill="rgba(\#(colour),\#(opacity))" rx="4"/>"#
                let ink = share > 0.5 ? "#fff" : "#111"
                svg +=
                    #"<text x="\#(left + column * cell + cell / 2 - 2)" y="\#(y + cell / 2)" class="count" fill="\#(ink)">\#(count)</text>"#
                svg +=
                    #"<text x="\#(left + column * cell + cell / 2 - 2)" y="\#(y + cell / 2 + 20)" class="share" fill="\#(ink)">\#(Format.percent(share))</text>"#
            }
        }
        svg += #"<text x="12" y="\#(top + cell)" class="axis" transform="rotate(-90 12 \#(top + cell))">actual</text>"#
        return svg + "</svg>"
    }

    /// One horizontal stacked bar per category (right, wrong, abstained items), as HTML blocks whose
    /// widths are percentages, so that the labels stay legible at any page width.
    static func categories(_ rows: [EvaluationReport.CategoryRow]) -> String {
        let largest = max(rows.map(\.metrics.items).max() ?? 1, 1)
        var html = "<div class=\"bars\" role=\"img\" aria-label=\"Items per category\">"
        html += "<div class=\"legend\"><i class=\"right\"></i>right <i class=\"wrong\"></i>wrong <i class=\"abstain\"></i>abstain</div>"
        for row in rows {
            let c = row.metrics.confusion
            let right = c.upheld.upheld + c.overturned.overturned
            let abstain = c.upheld.abstain + c.overturned.abstain
            let wrong = row.metrics.items - right - abstain
            html += "<div class=\"bar\"><span class=\"name\">\(HTML.escape(row.category))</span><span class=\"track\">"
            for (count, kind) in [(right, "right"), (wrong, "wrong"), (abstain, "abstain")] where count > 0 {
                let share = Format.ratio(Double(count) / Double(largest) * 100)
                html += "<i class=\"\(kind)\" style=\"width:\(share)%\" title=\"\(count) \(kind)\"></i>"
            }
            html += "</span><span class=\"count\">\(right)/\(row.metrics.items)</span></div>"
        }
        return html + "</div>"
    }
}
