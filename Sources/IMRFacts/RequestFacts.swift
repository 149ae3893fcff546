import IMRLetters
import IMRVocabulary

/// Reads the request facts (what is asked for) from a request's text.
struct RequestReader {
    let index: LexiconIndex

    /// The request facts of `request`, each with the request text as evidence; its text read, and
    /// its mentions not negated (`mentions`) and all of them (`read`, kept for ``RequestText``).
    func facts(for request: RequestedItem) -> (facts: FactSet, text: CaseText, mentions: [Mention], read: [Mention]) {
        let cues = index.cues
        let text = CaseText(request.request, source: .request, cues: cues)
        let read = RequestText.contrastUnnegated(index.mentions(in: text), in: text, cues: cues)
        let mentions = read.filter { !$0.negated }
        let evidence = [Evidence(source: .request, sentence: text.collapse(0, text.bytes.count), start: 0, end: text.bytes.count)]
        var builder = FactBuilder()
        let words = text.tokens.map(text.word(of:))
        let has = { (list: CueName) in text.tokens.contains(where: cues.wordList(list).contains) }

        var drugs = unique(mentions.filter { $0.term.kind == .drug }.map(\.term.id))
        var ingredients = unique(mentions.filter { $0.term.kind == .ingredient }.map(\.term.id))
        for drug in drugs { ingredients = unique(ingredients + index.ingredients(of: drug)) }
        var classes: Set<String> = []
        for drug in drugs { classes.formUnion(index.classes(ofDrug: drug)) }
        for ingredient in ingredients { classes.formUnion(index.classes(ofIngredient: ingredient)) }
        // The generic "surgery" only when nothing more specific is named ("Associated surgical service: EKG").
        var procedures = unique(mentions.filter { $0.term.kind == .procedure }.map(\.term.id))
        if procedures.count > 1 { procedures.removeAll { $0 == .surgery } }
        // A narrower procedure wins over a broader one named with it ("Pre-op labs: PT/PTT" is a coagulation panel).
        let named = procedures
        procedures.removeAll { broader in
            named.contains { $0 != broader && index.ancestors(of: $0, in: .procedure).contains(broader) }
        }
        // The drugs of an injection of a region ("Kenalog 40mg injection right knee") are what it
        // gives: the request is for the injection.
        if isInjectedSubstance(drugs: drugs, ingredients: ingredients, procedures: procedures, mentions: mentions, has: has) {
            (drugs, ingredients, classes) = ([], [], [])
        }
        let isMedication = !drugs.isEmpty || !ingredients.isEmpty

        if let drug = drugs.first { builder.set(.drug, .term(drug), evidence) }
        if !ingredients.isEmpty { builder.set(.ingredients, .terms(ingredients.sorted()), evidence) }
        if !classes.isEmpty { builder.set(.drugClasses, .terms(classes.sorted()), evidence) }
        // A generic procedure (`generic_procedure`: image guidance, an arthroscopy) says how another
        // of the category it names is done: the request is for the first such other procedure.
        let primary =
            procedures.first.map { first in
                guard let category = cues.group(.genericProcedure, label: first) else { return first }
                return procedures.first {
                    cues.group(.genericProcedure, label: $0) == nil && index.category(ofProcedure: $0) == category
                } ?? first
            }
        // A drug request names a procedure only when the procedure is a way of giving it (pump refill).
        if let procedure = primary, !isMedication || index.category(ofProcedure: procedure) == .medication {
            builder.set(.procedure, .term(procedure), evidence)
        }
        if !procedures.isEmpty, !isMedication { builder.set(.procedures, .terms(procedures.sorted()), evidence) }
        let category =
            isMedication
            ? Term.medication.name
            : (primary.flatMap(index.category(ofProcedure:)) ?? procedures.lazy.compactMap { index.category(ofProcedure: $0) }.first
                ?? Term.other.name)
        builder.set(.category, .term(category), evidence)

        if isMedication {
            // Ingredients with their strengths ("Flurbiprofen 20%/Lidocaine 5%"), or one product of
            // several ingredients in percent; one percent among separate products ("Naproxen 550mg #60
            // and Voltaren gel 1%") is the strength of one of them.
            let percents = text.bytes.lazy.filter { $0 == 37 }.count
            let compounded =
                has(.requestCompound) || classes.contains(.compoundedProduct)
                || (ingredients.count >= 2 && (percents >= 2 || (percents == 1 && drugs.count <= 1)))
                || (has(.requestTopical) && namesListACompound(mentions, in: text))
            builder.bool(.compounded, compounded, evidence)
            // A patch is topical unless it delivers a systemic drug (transdermal fentanyl or buprenorphine).
            let patch = has(.requestPatch) && !classes.contains(.opioid)
            // A strength in percent is a concentration of a cream or gel ("Diclofenac sodium 3%").
            let percent = text.bytes.contains(37) && !has(.requestOral)
            builder.bool(.topical, has(.requestTopical) || patch || percent || classes.contains(.topicalAnalgesic), evidence)
            let extended = has(.requestExtended) || classes.contains(.longActingOpioid)
            let immediate = has(.requestImmediate)
            builder.bool(.formulationUnspecified, extended && immediate, evidence)
            if !(extended && immediate) { builder.bool(.extendedRelease, extended, evidence) }
            if let strength = index.cues.strength(in: text.bytes) ?? writtenStrength(in: text) {
                builder.set(.strengthMg, .number(strength.value / strength.perMilligram), evidence)
            }
            // A number that belongs to a drug's name ("Tylenol #3") is not a quantity.
            let names = mentions.filter { $0.term.kind == .drug }.map { text.tokens[$0.first].start..<text.tokens[$0.last].end }
            if let quantity = quantity(in: text.bytes, labels: cues.sequences(.requestQuantityLabels).map { $0.words[0] }, skipping: names)
                ?? countedQuantity(in: text)
            {
                builder.set(.quantity, .number(quantity), evidence)
            }
            if let refills = refills(in: words) { builder.set(.refills, .number(Double(refills)), evidence) }
        }

        let regions = unique(mentions.filter { $0.term.kind == .bodyRegion }.map(\.term.id))
        if !regions.isEmpty { builder.set(.bodyRegions, .terms(regions.sorted()), evidence) }
        if let levels = spinalLevels(in: text) { builder.set(.levels, .number(Double(levels)), evidence) }
        if has(.requestBilateral) {
            builder.bool(.bilateral, true, evidence)
        } else if has(.requestSided) {
            builder.bool(.bilateral, false, evidence)
        }
        if !isMedication, let visits = visits(in: words) { builder.set(.visitsRequested, .number(Double(visits)), evidence) }
        let perWeek = isMedication ? nil : visitsPerWeek(in: words)
        if let perWeek { builder.set(.visitsPerWeek, .number(perWeek), evidence) }
        if !isMedication, let hours = hoursPerWeek(in: words, daysPerWeek: perWeek) { builder.set(.hoursPerWeek, .number(hours), evidence) }
        if category == Term.injection, let count = injections(in: text) {
            builder.set(.injectionsRequested, .number(Double(count)), evidence)
        }
        // Maintenance care is a request of its own kind ("maintenance chiropractic", "supportive
        // care"): a treatment request that does not say so is not one (as already_authorized).
        if !isMedication {
            builder.bool(.maintenanceCare, cues.set(.requestMaintenance).hits(in: text).contains(where: { !$0.negated }), evidence)
        }
        // A procedure's trial or its permanent implant; a trial word wins over an implant word.
        if category == Term.injection || category == Term.surgery {
            let named = { (name: CueName) in cues.set(name).hits(in: text).contains { !$0.negated } }
            if named(.requestImplantTrial) {
                builder.bool(.implantTrial, true, evidence)
            } else if named(.requestImplantPermanent) {
                builder.bool(.implantTrial, false, evidence)
            }
        }
        builder.bool(.retrospective, cues.occurs(.requestRetrospective, in: words), evidence)
        let postoperative = cues.occurs(.requestPostoperative, in: words)
        builder.bool(.postoperative, postoperative, evidence)
        let associated =
            postoperative || cues.occurs(.requestPreoperative, in: words) || procedures.contains(.assistantSurgeon)
            || procedures.contains(.preoperativeClearance)
        builder.bool(.associatedService, associated, evidence)
        if has(.requestRental) {
            builder.bool(.rental, true, evidence)
        } else if has(.requestPurchase) {
            builder.bool(.rental, false, evidence)
        } else if category == Term.dme, has(.requestTrial) {
            builder.bool(.rental, true, evidence)
        }
        SelectionFacts.readRequest(text, cues: cues, evidence: evidence, into: &builder)
        return (builder.facts, text, mentions, read)
    }

    /// Whether the drugs a request names are the substance of the injection of a region it names:
    /// every drug and ingredient of an `injected_substance` class (a corticosteroid, a local
    /// anaesthetic), an injection procedure and a body region named with them, and no word giving
    /// the drug into a muscle or a vein (`request_systemic_route`: "Depo-Medrol 80mg IM" is systemic).
    private func isInjectedSubstance(
        drugs: [String], ingredients: [String], procedures: [String], mentions: [Mention], has: (CueName) -> Bool
    ) -> Bool {
        guard !drugs.isEmpty || !ingredients.isEmpty, mentions.contains(where: { $0.term.kind == .bodyRegion }),
            procedures.contains(where: { index.category(ofProcedure: $0) == Term.injection.name }), !has(.requestSystemicRoute)
        else { return false }
        let substance = { (classes: Set<String>) in classes.contains { index.cues.group(.injectedSubstance, label: $0) != nil } }
        return drugs.allSatisfy { substance(index.classes(ofDrug: $0)) }
            && ingredients.allSatisfy { substance(index.classes(ofIngredient: $0)) }
    }

    // MARK: Medication details

    /// The units requested: `#60`, `# 60`, `QTY: 2`, `quantity 30` (`labels`: the words before a
    /// count, in the order tried); a `#` inside a drug's name in `names` ("Tylenol #3") is skipped.
    func quantity(in bytes: [UInt8], labels: [String], skipping names: [Range<Int>] = []) -> Double? {
        for (position, byte) in bytes.enumerated() where byte == 35 && !names.contains(where: { $0.contains(position) }) {
            var start = position + 1
            while start < bytes.count, bytes[start] == 32 { start += 1 }
            if let (value, _) = decimal(in: bytes, at: start) { return value.rounded(.towardZero) }
        }
        let labels = labels.flatMap { [$0 + ":", $0] }
        // ASCII text and labels (the usual case): the same search on bytes, without Foundation's
        // `lowercased` and `range(of:)` or a walk over `Character`s.
        if bytes.allSatisfy({ $0 < 128 }), labels.allSatisfy({ $0.utf8.allSatisfy { $0 < 128 } }) {
            let lower = bytes.map(lowered)
            for label in labels {
                let needle = Array(label.utf8)
                guard var start = end(of: needle + [32], in: lower) ?? end(of: needle, in: lower) else { continue }
                while start < lower.count, lower[start] == 32 { start += 1 }
                var stop = start
                while stop < lower.count, isDigit(lower[stop]) { stop += 1 }
                if let (value, _) = decimal(in: Array(lower[start..<stop]), at: 0) { return value.rounded(.towardZero) }
            }
            return nil
        }
        let text = String(decoding: bytes, as: UTF8.self).lowercased()
        for label in labels {
            if let range = text.range(of: label + " ") ?? text.range(of: label) {
                let rest = text[range.upperBound...].drop(while: { $0 == " " })
                let digits = Array(rest.prefix(while: \.isNumber).utf8)
                if let (value, _) = decimal(in: digits, at: 0) { return value.rounded(.towardZero) }
            }
        }
        return nil
    }

    /// The offset just after the first occurrence of `needle` in `bytes` (`nil` for an empty needle,
    /// as Foundation's `range(of:)` finds no empty string).
    private func end(of needle: [UInt8], in bytes: [UInt8]) -> Int? {
        guard !needle.isEmpty, needle.count <= bytes.count else { return nil }
        for start in 0...(bytes.count - needle.count) where bytes[start] == needle[0] {
            if bytes[start..<(start + needle.count)].elementsEqual(needle) { return start + needle.count }
        }
        return nil
    }

    /// A strength written with a count in words before a dose unit ("fifty mg", "seventy-five
    /// micrograms"), when no strength is written in digits.
    func writtenStrength(in text: CaseText) -> (value: Double, perMilligram: Double)? {
        let cues = index.cues
        for position in text.tokens.indices.dropFirst() {
            guard let unit = cues.label(of: text.tokens[position], in: .doseUnits).flatMap(Double.init),
                let (value, _) = cues.count(endingAt: position - 1, in: text.tokens, from: 0)
            else { continue }
            return (Double(value), unit)
        }
        return nil
    }

    /// The units requested as a count before a `request_quantity_units` word that ends its clause
    /// (the last word, or punctuation after it): "sixty tablets", "Lidoderm 5% patch, thirty
    /// patches, 12 hours on"; not "1-2 tabs orally every 4-6 hours" (a dose), and with a
    /// quantity label after the words (`qty: sixty`).
    func countedQuantity(in text: CaseText) -> Double? {
        let cues = index.cues
        let (units, labels) = (cues.wordList(.requestQuantityUnits), cues.wordList(.requestQuantityLabels))
        for position in text.tokens.indices.dropFirst() where units.contains(text.tokens[position]) {
            let next = position + 1
            let endsClause =
                next == text.tokens.count || text.bytes[text.tokens[position].end..<text.tokens[next].start].contains { $0 != 32 }
            if endsClause, let (value, _) = cues.count(endingAt: position - 1, in: text.tokens, from: 0) { return Double(value) }
        }
        for position in text.tokens.indices where labels.contains(text.tokens[position]) {
            var found: Int?
            for last in (position + 1)..<min(position + 4, text.tokens.count) {
                if let (value, first) = cues.count(endingAt: last, in: text.tokens, from: position + 1), first == position + 1 {
                    found = value
                }
            }
            if let found { return Double(found) }
        }
        return nil
    }

    /// Refills: "2 refills", "with one refill", "refills: 2", "RF x2": the count after the word when
    /// one stands there alone ("refills: 2", not "refill, 30 day supply"), else the count before it.
    func refills(in words: [String]) -> Int? {
        let cues = index.cues
        let (units, quantityUnits) = (cues.words(.requestRefillUnits), cues.words(.requestQuantityUnits))
        for (position, word) in words.enumerated() where units.contains(word) {
            let next = position + 1
            let alone = next + 1 >= words.count || (cues.days(inUnit: words[next + 1]) == nil && !quantityUnits.contains(words[next + 1]))
            if next < words.count, alone, let value = multiplierThenCount(words[next]) ?? cues.count(words[next]) {
                return value
            }
            if position > 0, let value = cues.count(words[position - 1]) { return value }
        }
        return nil
    }

    // MARK: Levels and visits

    /// Spinal levels named in the request. Convention: a hyphenated pair of adjacent vertebrae
    /// (`L4-5`, `L4-L5`, `L5-S1`) is one joint level; a hyphenated wider range (`L2-L5`) counts
    /// every vertebra in it (4); a listed vertebra (`L2, L3, L4 and L5`) counts one each.
    func spinalLevels(in text: CaseText) -> Int? {
        var segments: Set<String> = []
        var vertebrae: Set<Int> = []
        let tokens = text.tokens
        var index = 0
        while index < tokens.count {
            guard let first = vertebra(text.word(at: index)) else {
                index += 1
                continue
            }
            // A range: the next token follows a hyphen and is a vertebra or a bare number of the same region.
            if index + 1 < tokens.count, tokens[index + 1].start == tokens[index].end + 1, text.bytes[tokens[index].end] == 45 {
                let nextWord = text.word(at: index + 1)
                let second = vertebra(nextWord) ?? Int(nextWord).flatMap { (1...12).contains($0) ? regionBase(first) + $0 : nil }
                if let second, second > first {
                    if second - first == 1 {
                        segments.insert("\(first)-\(second)")
                    } else {
                        for level in first...second { vertebrae.insert(level) }
                    }
                    index += 2
                    continue
                }
            }
            vertebrae.insert(first)
            index += 1
        }
        let count = segments.count + vertebrae.count
        return count > 0 ? count : nil
    }

    /// A vertebra as a number along the spine (C1 = 1, T1 = 8, L1 = 20, S1 = 25), or nil.
    func vertebra(_ word: String) -> Int? {
        guard let letter = word.first, let number = Int(word.dropFirst()) else { return nil }
        switch letter {
        case "c" where (1...7).contains(number): return number
        case "t" where (1...12).contains(number): return 7 + number
        case "l" where (1...5).contains(number): return 19 + number
        case "s" where (1...2).contains(number): return 24 + number
        default: return nil
        }
    }

    private func regionBase(_ vertebra: Int) -> Int {
        switch vertebra {
        case ...7: 0
        case 8...19: 7
        case 20...24: 19
        default: 24
        }
    }

    /// Visits or sessions requested: an explicit count ("twelve sessions", "12-18 sessions" = 18,
    /// "(12 sessions)", "sessions: 12"), else a product ("2x6", "2 x 6"), else frequency × course
    /// ("2 times a week for 6 weeks", "2x/wk x 4 wks", "three times weekly for a month"), else
    /// "times 12" / "x6".
    func visits(in words: [String]) -> Int? {
        let cues = index.cues
        let units = cues.words(.requestVisitUnits)
        // Explicit counts: "N sessions", "N-M sessions", "N physical therapy sessions", "sessions: N";
        // "3 visits per week" is a frequency, not a count.
        for (position, word) in words.enumerated() where units.contains(word) && frequencyPeriod(after: position, in: words) == nil {
            var back = position - 1
            var skipped = 0
            while back >= 0, skipped < 3, cues.count(words[back]) == nil {
                back -= 1
                skipped += 1
            }
            if back >= 0, let value = cues.count(words[back]) { return value }
            let next = position + 1
            if next < words.count, let value = cues.count(words[next]), frequencyPeriod(after: next, in: words) == nil,
                next + 1 == words.count || cues.days(inUnit: words[next + 1]) == nil
            {
                return value
            }
        }
        if let product = product(in: words) { return product.perWeek * product.weeks }
        if let course = frequencyTimesCourse(in: words) { return course }
        // "times 12", "1 times 8", "x6"; not "x 30 days" or "x6 weeks" (a duration).
        let multipliers = cues.words(.requestMultipliers)
        let duration = { (unit: Int) in unit < words.count && cues.days(inUnit: words[unit]) != nil }
        for (position, word) in words.enumerated() {
            if let count = multiplierThenCount(word), !duration(position + 1) { return count }
            guard multipliers.contains(word), position + 1 < words.count, let count = cues.count(words[position + 1]),
                !duration(position + 2)
            else { continue }
            if position > 0, let multiplier = digitCount(words[position - 1]) { return multiplier * count }
            return count
        }
        return nil
    }

    /// Injections or blocks requested: a count before a `request_injection_units` word, with at
    /// most three words between, after a multiplier, after `#`, or after a `request_series` word
    /// and a `request_course_lead` word. A count of levels (a `request_level_units` word after it)
    /// is not one, nor the number after a vertebra, nor a count of days or weeks, nor a dose
    /// ("Depo-Medrol 80 mg epidural injection").
    func injections(in text: CaseText) -> Int? {
        let cues = index.cues
        let words = text.tokens.map(text.word(of:))
        let (units, levels, series) = (cues.words(.requestInjectionUnits), cues.words(.requestLevelUnits), cues.words(.requestSeries))
        let lead = cues.words(.requestCourseLead)
        /// The count at `position`, unless it counts levels or time or belongs to a vertebra.
        func count(at position: Int) -> Int? {
            guard position >= 0, position < words.count, let value = cues.count(words[position]) ?? multiplierThenCount(words[position])
            else { return nil }
            if position > 0, vertebra(words[position - 1]) != nil { return nil }
            if position + 1 < words.count,
                levels.contains(words[position + 1]) || cues.days(inUnit: words[position + 1]) != nil
                    || cues.label(of: words[position + 1], in: .doseUnits) != nil
            {
                return nil
            }
            return value
        }
        for (position, word) in words.enumerated() where units.contains(word) {
            var back = position - 1
            while back >= 0, position - back <= 3, cues.count(words[back]) == nil, vertebra(words[back]) == nil { back -= 1 }
            if let value = count(at: back) { return value }
        }
        for (position, word) in words.enumerated() where series.contains(word) {
            if position + 2 < words.count, lead.contains(words[position + 1]), let value = count(at: position + 2) { return value }
        }
        let multipliers = cues.words(.requestMultipliers)
        for (position, word) in words.enumerated() {
            if multiplierThenCount(word) != nil, let value = count(at: position) { return value }
            if multipliers.contains(word), let value = count(at: position + 1) { return value }
        }
        if let value = quantity(in: text.bytes, labels: []) { return Int(value) }
        return nil
    }

    /// "2x6", "2 x 6", "1 times 8": two counts joined by a multiplier, neither of them the frequency
    /// of a period; as therapy requests write it, visits a week times weeks.
    private func product(in words: [String]) -> (perWeek: Int, weeks: Int)? {
        let multipliers = index.cues.words(.requestMultipliers)
        for (position, word) in words.enumerated() {
            // Both counts are digits, so a word joining two starts with a digit (most words do not).
            for multiplier in multipliers where word.utf8.first.map(isDigit) == true && word.count > multiplier.count + 1 {
                let parts = word.split(separator: multiplier, omittingEmptySubsequences: false)
                if parts.count == 2, let a = digitCount(parts[0]), let b = digitCount(parts[1]) { return (a, b) }
            }
            guard multipliers.contains(word), position > 0, position + 1 < words.count,
                let a = index.cues.count(words[position - 1]), let b = index.cues.count(words[position + 1]),
                frequencyPeriod(after: position + 1, in: words) == nil
            else { continue }
            return (a, b)
        }
        return nil
    }

    /// Visits per period times the periods of the course: "2 times a week for 6 weeks" (12), "2x/wk x
    /// 4 wks" (8), "3 visits weekly over 4 weeks" (12), "twice a month for 3 months" (6); a course in
    /// another unit is converted by days ("3x/week for a month" = 3 × 30 / 7).
    private func frequencyTimesCourse(in words: [String]) -> Int? {
        let cues = index.cues
        let lead = cues.words(.requestCourseLead)
        for position in words.indices {
            guard let (frequency, period) = frequency(endingAt: position, in: words) else { continue }
            var forward = position + 1
            while forward < words.count, lead.contains(words[forward]) { forward += 1 }
            var course = forward
            while course < words.count {
                if course + 1 < words.count, let periods = cues.count(words[course]), let days = cues.days(inUnit: words[course + 1]) {
                    return frequency * periods * days / period
                }
                // "for a month": an article as the count of one.
                if course == forward, course > position + 1, let days = cues.days(inUnit: words[course]), lead.contains(words[course - 1]) {
                    return frequency * days / period
                }
                course += 1
            }
        }
        return nil
    }

    /// Visits a week at the first frequency the request states: its count over its period's days
    /// times seven (three a week is 3, twice a month about 0.5); `nil` when it states none.
    /// Without a stated frequency, the first count of a product ("2x6", "1 times 8": visits a week
    /// times weeks) when it is a week's visits (seven at most).
    func visitsPerWeek(in words: [String]) -> Double? {
        for position in words.indices {
            if let (frequency, period) = frequency(endingAt: position, in: words) { return Double(frequency) * 7 / Double(period) }
        }
        if let product = product(in: words), (1...7).contains(product.perWeek) { return Double(product.perWeek) }
        return nil
    }

    /// Hours of care a week the request states: a count of hours (`request_hour_units`) a day times
    /// the days a week it states ("6 hours per day, 5 times a week": 30), every day when it states
    /// none ("4 hours a day": 28), or a count of hours a week ("20 hours per week"); the period is a
    /// `request_hour_period` word after the unit, past fillers. `nil` when no count of hours has one.
    func hoursPerWeek(in words: [String], daysPerWeek: Double?) -> Double? {
        let cues = index.cues
        let units = cues.words(.requestHourUnits)
        let filler = cues.words(.requestFrequencyFiller)
        for (position, word) in words.enumerated() where position > 0 && units.contains(word) {
            guard let hours = cues.count(words[position - 1]), hours > 0 else { continue }
            let period = { (at: Int) in cues.label(of: words[at], in: .requestHourPeriod).flatMap { Int($0) } }
            var next = position + 1
            while next < words.count, period(next) == nil, filler.contains(words[next]) { next += 1 }
            guard next < words.count, let period = period(next) else { continue }
            if period == 1, hours <= 24 { return Double(hours) * min(daysPerWeek ?? 7, 7) }
            if period == 7, hours <= 168 { return Double(hours) }
        }
        return nil
    }

    /// A frequency whose period word is `words[position]`: the count before it, past fillers, and
    /// the period's length in days; `nil` when `words[position]` is no period or no count precedes it.
    private func frequency(endingAt position: Int, in words: [String]) -> (count: Int, period: Int)? {
        let cues = index.cues
        guard position >= 1, let period = cues.label(of: words[position], in: .requestFrequencyPeriod).flatMap({ Int($0) }) else {
            return nil
        }
        let filler = cues.words(.requestFrequencyFiller)
        var back = position - 1
        while back >= 0, filler.contains(words[back]) { back -= 1 }
        guard back >= 0, let count = cues.count(words[back]) ?? countWithMultiplier(words[back]) else { return nil }
        return (count, period)
    }

    /// The period (in days) of a frequency whose count is `words[position]`: a period word after
    /// fillers ("3 visits per week", "2 x week", "3 sessions weekly"), or `nil`.
    private func frequencyPeriod(after position: Int, in words: [String]) -> Int? {
        let filler = index.cues.words(.requestFrequencyFiller)
        var forward = position + 1
        while forward < words.count, filler.contains(words[forward]) { forward += 1 }
        guard forward < words.count else { return nil }
        return index.cues.label(of: words[forward], in: .requestFrequencyPeriod).flatMap { Int($0) }
    }

    /// A count written with a multiplier after it ("2x" in "2x/week"), or `nil`.
    private func countWithMultiplier(_ word: String) -> Int? {
        for multiplier in index.cues.words(.requestMultipliers) where word.count > multiplier.count && word.hasSuffix(multiplier) {
            if let value = digitCount(word.dropLast(multiplier.count)) { return value }
        }
        return nil
    }

    /// A count written after a multiplier ("x6", "x2"), or `nil`.
    private func multiplierThenCount(_ word: String) -> Int? {
        for multiplier in index.cues.words(.requestMultipliers) where word.count > multiplier.count && word.hasPrefix(multiplier) {
            if let value = digitCount(word.dropFirst(multiplier.count)) { return value }
        }
        return nil
    }
}
