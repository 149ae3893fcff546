import IMRLetters
import IMRVocabulary

/// Reads the request facts (what is asked for) from a request's text.
struct RequestReader {
    let index: LexiconIndex

    /// The request facts of the request text `read`, each with the request text as evidence.
    func facts(of read: RequestText) -> FactSet {
        let cues = index.cues
        let text = read.text
        let mentions = read.mentions.filter { !$0.negated }
        let evidence = [text.evidence(from: 0, to: text.bytes.count)]
        var builder = FactBuilder()
        let words = read.spelled
        let has = { (list: CueName) in text.tokens.contains(where: cues.wordList(list).contains) }

        // The terms named, by id, each once in the order named.
        func termsNamed(_ kind: Vocabulary) -> [TermID] {
            var ids: [TermID] = []
            for mention in mentions where mention.term.kind == kind && !ids.contains(mention.term.id) { ids.append(mention.term.id) }
            return ids
        }
        var drugs = termsNamed(.drug)
        var ingredients = termsNamed(.ingredient)
        for drug in drugs {
            for ingredient in index.ingredients(of: drug) where !ingredients.contains(ingredient) { ingredients.append(ingredient) }
        }
        var classes = TermSet()
        for drug in drugs { classes.formUnion(index.classes(ofDrug: drug)) }
        for ingredient in ingredients { classes.formUnion(index.classes(ofIngredient: ingredient)) }
        // The generic "surgery" only when nothing more specific is named ("Associated surgical service: EKG").
        var procedures = termsNamed(.procedure)
        if procedures.count > 1 { procedures.removeAll { $0 == index[.surgery] } }
        // A procedure named only by the bare word of its kind (`request_bare_names`: "Injection of
        // Xiaflex right ring finger") is the other procedure of its category named with it, not a
        // generic one (`generic_procedure`): the collagenase injection.
        procedures = withoutBareNames(procedures, mentions: mentions, in: text)
        // A narrower procedure wins over a broader one named with it ("Pre-op labs: PT/PTT" is a coagulation panel).
        let listed = procedures
        procedures.removeAll { broader in
            listed.contains { $0 != broader && index.ancestors(of: $0, in: .procedure).contains(broader) }
        }
        // The drugs of an injection of a region ("Kenalog 40mg injection right knee") are what it
        // gives: the request is for the injection.
        if isInjectedSubstance(drugs: drugs, ingredients: ingredients, procedures: procedures, mentions: mentions, has: has) {
            (drugs, ingredients, classes) = ([], [], [])
        }
        // The drug of a delivery system, its trial or its implant ("intrathecal drug delivery system
        // (morphine pump)") is what the system delivers: the request is for the system.
        let delivery = cues.groupTerms(.deliverySystem)
        if !drugs.isEmpty || !ingredients.isEmpty,
            procedures.contains(where: { !delivery.isDisjoint(with: index.ancestors(of: $0, in: .procedure)) })
        {
            (drugs, ingredients, classes) = ([], [], [])
        }
        // The drugs of a laboratory test are what it measures ("Serum testosterone level"): the
        // request is for the test.
        if let test = assayTest(drugs: drugs, ingredients: ingredients, procedures: procedures, text: text, has: has) {
            (drugs, ingredients, classes) = ([], [], [])
            if !procedures.contains(test) { procedures.insert(test, at: 0) }
        }
        let isMedication = !drugs.isEmpty || !ingredients.isEmpty
        // Names where a fact is written (ids sort as their names do).
        let names = { (ids: [TermID]) in ids.sorted().map(index.name(of:)) }

        if let drug = drugs.first { builder.set(.drug, .term(index.name(of: drug)), evidence) }
        if !ingredients.isEmpty { builder.set(.ingredients, .terms(names(ingredients)), evidence) }
        if !classes.isEmpty { builder.set(.drugClasses, .terms(index.ids.names(of: classes)), evidence) }
        // A generic procedure (`generic_procedure`: image guidance, an arthroscopy) says how another
        // of the category it names is done: the request is for the first such other procedure.
        // ...unless the request ties a post-operative service to a surgery it names
        // (``tiedSurgery(in:mentions:)``): the request is for the service.
        let tie = tiedSurgery(in: text, mentions: mentions)
        let primary =
            tie?.service
            ?? procedures.first.map { first in
                guard let category = cues.group(.genericProcedure, label: first) else { return first }
                let categoryID = index.id(category)
                return procedures.first {
                    cues.group(.genericProcedure, label: $0) == nil && index.category(ofProcedure: $0) == categoryID
                } ?? first
            }
        // A drug request names a procedure only when the procedure is a way of giving it (pump refill).
        if let procedure = primary, !isMedication || index.category(ofProcedure: procedure) == index[.medication] {
            builder.set(.procedure, .term(index.name(of: procedure)), evidence)
        }
        if !procedures.isEmpty, !isMedication { builder.set(.procedures, .terms(names(procedures)), evidence) }
        let category =
            isMedication
            ? Term.medication.name
            : ((primary.flatMap(index.category(ofProcedure:)) ?? procedures.lazy.compactMap { index.category(ofProcedure: $0) }.first)
                .map(index.name(of:)) ?? Term.other.name)
        builder.set(.category, .term(category), evidence)

        if isMedication {
            // Ingredients with their strengths ("Flurbiprofen 20%/Lidocaine 5%"), or one product of
            // several ingredients in percent; one percent among separate products ("Naproxen 550mg #60
            // and Voltaren gel 1%") is the strength of one of them.
            let percents = text.bytes.lazy.filter { $0 == 37 }.count
            let compounded =
                has(.requestCompound) || classes.contains(index[.compoundedProduct])
                || (ingredients.count >= 2 && (percents >= 2 || (percents == 1 && drugs.count <= 1)))
                || (has(.requestTopical) && namesListACompound(mentions, in: text))
            builder.bool(.compounded, compounded, evidence)
            // A patch is topical unless it delivers a systemic drug (transdermal fentanyl or buprenorphine).
            let patch = has(.requestPatch) && !classes.contains(index[.opioid])
            // A strength in percent is a concentration of a cream or gel ("Diclofenac sodium 3%").
            let percent = text.bytes.contains(37) && !has(.requestOral)
            builder.bool(.topical, has(.requestTopical) || patch || percent || classes.contains(index[.topicalAnalgesic]), evidence)
            let extended = has(.requestExtended) || classes.contains(index[.longActingOpioid])
            let immediate = has(.requestImmediate)
            builder.bool(.formulationUnspecified, extended && immediate, evidence)
            if !(extended && immediate) { builder.bool(.extendedRelease, extended, evidence) }
            if let strength = index.cues.strength(in: text.bytes) ?? writtenStrength(in: text) {
                builder.set(.strengthMg, .number(strength.value / strength.perMilligram), evidence)
            }
            if ingredients.contains(index[.capsaicin]), let percent = capsaicinPercent(in: text, mentions: mentions) {
                builder.set(.capsaicinPercent, .number(percent), evidence)
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

        // The regions named, else those the first procedure that implies any implies (a carpal
        // tunnel release: the wrist and the hand), else the region a word inside the name of a
        // surgery named names ("Right knee manipulation under anesthesia", whose name holds the
        // knee: the knee, as "Manipulation under anesthesia, right knee"). Not another kind's name:
        // a "lumbar sympathetic block" treats a leg, "spinal cord stimulator" a limb's pain.
        var regions = termsNamed(.bodyRegion)
        if regions.isEmpty, !isMedication,
            let implied = procedures.lazy.map({ ProcedureFacts.impliedRegions(of: $0, self.index) }).first(where: { !$0.isEmpty })
        {
            regions = implied
        }
        if regions.isEmpty, !isMedication {
            let surgical = { (procedure: TermID) in index.category(ofProcedure: procedure).map(index.name(of:)) == Term.surgery.name }
            for mention in mentions
            where mention.term.kind == .procedure && procedures.contains(mention.term.id) && surgical(mention.term.id) {
                for token in text.tokens[mention.first...mention.last] {
                    if let region = index.region(of: token, in: text), !regions.contains(region) { regions.append(region) }
                }
            }
        }
        if !regions.isEmpty { builder.set(.bodyRegions, .terms(names(regions)), evidence) }
        if let levels = spinalLevels(in: text, words: words) { builder.set(.levels, .number(Double(levels)), evidence) }
        if has(.requestBilateral) {
            builder.bool(.bilateral, true, evidence)
        } else if has(.requestSided) {
            builder.bool(.bilateral, false, evidence)
        }
        if !isMedication, let visits = visits(in: words) { builder.set(.visitsRequested, .number(Double(visits)), evidence) }
        let perWeek = isMedication ? nil : visitsPerWeek(in: words)
        if let perWeek { builder.set(.visitsPerWeek, .number(perWeek), evidence) }
        if !isMedication, let hours = hoursPerWeek(in: words, daysPerWeek: perWeek) { builder.set(.hoursPerWeek, .number(hours), evidence) }
        if !isMedication, let hours = hoursRequested(in: words) { builder.set(.hoursRequested, .number(Double(hours)), evidence) }
        if category == Term.injection, let count = injections(in: text, words: words) {
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
        builder.bool(.retrospective, words.occurs(.requestRetrospective), evidence)
        // A stay a surgery is done in goes with the surgery but is not post-operative care.
        let stay =
            tie.map { tie in
                index.ancestors(of: tie.service, in: .procedure).contains {
                    cues.group(.postoperativeServices, label: $0) == CueLabel.stay.name
                }
            } ?? false
        let postoperative = words.occurs(.requestPostoperative) || (tie != nil && !stay)
        builder.bool(.postoperative, postoperative, evidence)
        if let tie { builder.set(.indexSurgery, .terms([index.name(of: tie.surgery)]), evidence) }
        let associated =
            postoperative || tie != nil || words.occurs(.requestPreoperative) || procedures.contains(index[.assistantSurgeon])
            || procedures.contains(index[.preoperativeClearance])
        builder.bool(.associatedService, associated, evidence)
        if has(.requestRental) {
            builder.bool(.rental, true, evidence)
        } else if has(.requestPurchase) {
            builder.bool(.rental, false, evidence)
        } else if category == Term.dme, has(.requestTrial) {
            builder.bool(.rental, true, evidence)
        }
        SelectionFacts.readRequest(text, cues: cues, evidence: evidence, into: &builder)
        return builder.facts
    }

    /// A post-operative service the request ties to a surgery it names: a service of the
    /// `postoperative_services` group or of category `dme`, and a surgery named after it with a
    /// `surgery_time_leads` phrase ending at most three words before the surgery ("Cold therapy unit,
    /// 7-day rental, following right shoulder arthroscopy", "Front-wheeled walker for use after left
    /// TKA", "PT x12 s/p right carpal tunnel release"), or named before it with a
    /// `postoperative_link` phrase at most two words before the service and no coordinator between
    /// the surgery and that phrase ("Right knee arthroscopy: post-op CPM rental"; not "Right knee
    /// arthroscopy and post-op PT", which asks for both), or named inside a parenthesis opened after
    /// the service, as what it is asked for ("Inpatient hospital stay, 3 days (right total knee
    /// arthroplasty)": the item is the stay; not "Right total knee arthroplasty (inpatient)", whose
    /// item is the surgery). `nil` when there is none.
    private func tiedSurgery(in text: CaseText, mentions: [Mention]) -> (service: TermID, surgery: TermID)? {
        let cues = index.cues
        func isSurgery(_ id: TermID) -> Bool { index.category(ofProcedure: id) == index[.surgery] && id != index[.assistantSurgeon] }
        let procedures = mentions.filter { $0.term.kind == .procedure }
        let surgeries = procedures.filter { isSurgery($0.term.id) }
        guard !surgeries.isEmpty,
            let service = procedures.first(where: { mention in
                !isSurgery(mention.term.id)
                    && (index.category(ofProcedure: mention.term.id) == index[.dme]
                        || index.ancestors(of: mention.term.id, in: .procedure).contains {
                            cues.group(.postoperativeServices, label: $0) != nil
                        })
            })
        else { return nil }
        for lead in cues.set(.surgeryTimeLeads).hits(in: text) where !lead.negated && lead.first > service.last {
            if let surgery = surgeries.first(where: { $0.first > lead.last && $0.first - lead.last <= 3 }) {
                return (service.term.id, surgery.term.id)
            }
        }
        // A parenthesis opened after the service, still open at the surgery.
        for surgery in surgeries where surgery.first > service.last {
            let between = text.bytes[text.tokens[service.last].end..<text.tokens[surgery.first].start]
            if let open = between.lastIndex(of: UInt8(ascii: "(")), !between[open...].contains(UInt8(ascii: ")")) {
                return (service.term.id, surgery.term.id)
            }
        }
        let coordinators = cues.coordinators
        func isCoordinator(_ token: Int) -> Bool {
            let id = text.tokens[token].id
            return id >= 0 && coordinators[Int(id)]
        }
        for link in cues.set(.postoperativeLink).hits(in: text)
        where !link.negated && link.last < service.first && service.first - link.last <= 3 {
            if let surgery = surgeries.last(where: { $0.last < link.first }),
                !((surgery.last + 1)..<link.first).contains(where: isCoordinator)
            {
                return (service.term.id, surgery.term.id)
            }
        }
        return nil
    }

    /// Whether the drugs a request names are the substance of the injection of a region it names:
    /// every drug and ingredient of an `injected_substance` class (a corticosteroid, a local
    /// anaesthetic), an injection procedure and a body region named with them, and no word giving
    /// the drug into a muscle or a vein (`request_systemic_route`: "Depo-Medrol 80mg IM" is systemic).
    private func isInjectedSubstance(
        drugs: [TermID], ingredients: [TermID], procedures: [TermID], mentions: [Mention], has: (CueName) -> Bool
    ) -> Bool {
        // A region named, or an injection that names its own site (`sited_injection`: "trigger
        // point injections with lidocaine").
        let sited = index.cues.groupTerms(.sitedInjection)
        let placed =
            mentions.contains(where: { $0.term.kind == .bodyRegion })
            || procedures.contains { !sited.isDisjoint(with: index.ancestors(of: $0, in: .procedure)) }
        guard !drugs.isEmpty || !ingredients.isEmpty, placed,
            procedures.contains(where: { index.category(ofProcedure: $0) == index[.injection] }), !has(.requestSystemicRoute)
        else { return false }
        let substance = { (classes: TermSet) in classes.contains { index.cues.group(.injectedSubstance, label: $0) != nil } }
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
    func refills(in words: RequestWords) -> Int? {
        let cues = index.cues
        let (units, quantityUnits) = (cues.wordList(.requestRefillUnits), cues.wordList(.requestQuantityUnits))
        for position in 0..<words.count where words.has(position, in: units) {
            let next = position + 1
            let alone = next + 1 >= words.count || (words.days(next + 1) == nil && !words.has(next + 1, in: quantityUnits))
            if next < words.count, alone, let value = words[next].countAfterMultiplier ?? words[next].count {
                return value
            }
            if position > 0, let value = words[position - 1].count { return value }
        }
        return nil
    }

    // MARK: Levels and visits

    /// Spinal levels named in the request. Convention: a hyphenated pair of adjacent vertebrae
    /// (`L4-5`, `L4-L5`, `L5-S1`) is one joint level; a hyphenated wider range (`L2-L5`) counts
    /// every vertebra in it (4); a listed vertebra (`L2, L3, L4 and L5`) counts one each.
    func spinalLevels(in text: CaseText, words: RequestWords) -> Int? {
        var segments: Set<String> = []
        var vertebrae: Set<Int> = []
        let tokens = text.tokens
        var index = 0
        while index < tokens.count {
            guard let first = words[index].vertebra else {
                index += 1
                continue
            }
            // A range: the next token follows a hyphen and is a vertebra or a bare number of the same region.
            if index + 1 < tokens.count, tokens[index + 1].start == tokens[index].end + 1, text.bytes[tokens[index].end] == 45 {
                let second =
                    words[index + 1].vertebra ?? words[index + 1].digits.flatMap { (1...12).contains($0) ? regionBase(first) + $0 : nil }
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
    func visits(in words: RequestWords) -> Int? {
        let cues = index.cues
        let units = cues.wordList(.requestVisitUnits)
        // Explicit counts: "N sessions", "N-M sessions", "N physical therapy sessions", "sessions: N";
        // "3 visits per week" is a frequency, not a count.
        for position in 0..<words.count where words.has(position, in: units) && frequencyPeriod(after: position, in: words) == nil {
            var back = position - 1
            var skipped = 0
            while back >= 0, skipped < 3, words[back].count == nil {
                back -= 1
                skipped += 1
            }
            if back >= 0, let value = words[back].count { return value }
            let next = position + 1
            if next < words.count, let value = words[next].count, frequencyPeriod(after: next, in: words) == nil,
                next + 1 == words.count || words.days(next + 1) == nil
            {
                return value
            }
        }
        if let product = product(in: words) { return product.perWeek * product.weeks }
        if let course = frequencyTimesCourse(in: words) { return course }
        // "times 12", "1 times 8", "x6"; not "x 30 days" or "x6 weeks" (a duration).
        let multipliers = cues.wordList(.requestMultipliers)
        let duration = { (unit: Int) in unit < words.count && words.days(unit) != nil }
        for position in 0..<words.count {
            if let count = words[position].countAfterMultiplier, !duration(position + 1) { return count }
            guard words.has(position, in: multipliers), position + 1 < words.count, let count = words[position + 1].count,
                !duration(position + 2)
            else { continue }
            if position > 0, let multiplier = words[position - 1].digits { return multiplier * count }
            return count
        }
        return nil
    }

    /// Injections or blocks requested: a count before a `request_injection_units` word, with at
    /// most three words between, after a multiplier, after `#`, or after a `request_series` word
    /// and a `request_course_lead` word. A count of levels (a `request_level_units` word after it)
    /// is not one, nor the number after a vertebra, nor a count of days or weeks, nor a dose
    /// ("Depo-Medrol 80 mg epidural injection").
    func injections(in text: CaseText, words: RequestWords) -> Int? {
        let cues = index.cues
        let (units, levels) = (cues.wordList(.requestInjectionUnits), cues.wordList(.requestLevelUnits))
        let (series, lead, doseUnits) = (cues.wordList(.requestSeries), cues.wordList(.requestCourseLead), cues.wordList(.doseUnits))
        let amounts = cues.wordList(.requestAmountUnits)
        /// The count at `position`, unless it counts levels, time or an amount injected (a dose:
        /// "200 units", "2 ml") or belongs to a vertebra.
        func count(at position: Int) -> Int? {
            guard position >= 0, position < words.count, let value = words[position].count ?? words[position].countAfterMultiplier
            else { return nil }
            if position > 0, words[position - 1].vertebra != nil { return nil }
            if position + 1 < words.count,
                words.has(position + 1, in: levels) || words.days(position + 1) != nil || words.has(position + 1, in: doseUnits)
                    || words.has(position + 1, in: amounts)
            {
                return nil
            }
            return value
        }
        for position in 0..<words.count where words.has(position, in: units) {
            var back = position - 1
            while back >= 0, position - back <= 3, words[back].count == nil, words[back].vertebra == nil { back -= 1 }
            if let value = count(at: back) { return value }
        }
        for position in 0..<words.count where words.has(position, in: series) {
            if position + 2 < words.count, words.has(position + 1, in: lead), let value = count(at: position + 2) { return value }
        }
        let multipliers = cues.wordList(.requestMultipliers)
        for position in 0..<words.count {
            if words[position].countAfterMultiplier != nil, let value = count(at: position) { return value }
            if words.has(position, in: multipliers), let value = count(at: position + 1) { return value }
        }
        if let value = quantity(in: text.bytes, labels: []) { return Int(value) }
        return nil
    }

    /// "2x6", "2 x 6", "1 times 8": two counts joined by a multiplier, neither of them the frequency
    /// of a period; as therapy requests write it, visits a week times weeks.
    private func product(in words: RequestWords) -> (perWeek: Int, weeks: Int)? {
        let multipliers = index.cues.wordList(.requestMultipliers)
        for position in 0..<words.count {
            if let (a, b) = words[position].product { return (a, b) }
            guard words.has(position, in: multipliers), position > 0, position + 1 < words.count,
                let a = words[position - 1].count, let b = words[position + 1].count,
                frequencyPeriod(after: position + 1, in: words) == nil
            else { continue }
            return (a, b)
        }
        return nil
    }

    /// Visits per period times the periods of the course: "2 times a week for 6 weeks" (12), "2x/wk x
    /// 4 wks" (8), "3 visits weekly over 4 weeks" (12), "twice a month for 3 months" (6); a course in
    /// another unit is converted by days ("3x/week for a month" = 3 × 30 / 7).
    private func frequencyTimesCourse(in words: RequestWords) -> Int? {
        let lead = index.cues.wordList(.requestCourseLead)
        for position in 0..<words.count {
            guard let (frequency, period) = frequency(endingAt: position, in: words) else { continue }
            var forward = position + 1
            while forward < words.count, words.has(forward, in: lead) { forward += 1 }
            var course = forward
            while course < words.count {
                if course + 1 < words.count, let periods = words[course].count, let days = words.days(course + 1) {
                    return frequency * periods * days / period
                }
                // "for a month": an article as the count of one.
                if course == forward, course > position + 1, let days = words.days(course), words.has(course - 1, in: lead) {
                    return frequency * days / period
                }
                course += 1
            }
        }
        return nil
    }

    /// `procedures` (named in the request text `text` by `mentions`) less those named only by a
    /// bare word of their kind (`request_bare_names`, every word of each of their mentions: the
    /// "injection" of "Injection of Xiaflex", not a "steroid injection") when the request names
    /// another procedure of the same category that is not a generic one (`generic_procedure`:
    /// image guidance): "Injection of Synvisc, right knee" is viscosupplementation; "Injection
    /// under ultrasound guidance" stays the injection.
    func withoutBareNames(_ procedures: [TermID], mentions: [Mention], in text: CaseText) -> [TermID] {
        guard procedures.count > 1 else { return procedures }
        let cues = index.cues
        let bare = cues.wordList(.requestBareNames)
        let named = mentions.filter { $0.term.kind == .procedure }
        func isBare(_ id: TermID) -> Bool {
            named.contains { $0.term.id == id }
                && named.allSatisfy { $0.term.id != id || text.tokens[$0.first...$0.last].allSatisfy(bare.contains) }
        }
        return procedures.filter { id in
            guard isBare(id), let category = index.category(ofProcedure: id) else { return true }
            return !procedures.contains { other in
                other != id && !isBare(other) && cues.group(.genericProcedure, label: other) == nil
                    && index.category(ofProcedure: other) == category
            }
        }
    }

    /// Visits a week at the first frequency the request states: its count over its period's days
    /// times seven (three a week is 3, twice a month about 0.5); `nil` when it states none.
    /// Without a stated frequency, 7 for a daily one (``isDaily(_:in:)``), else the first count of
    /// a product ("2x6", "1 times 8": visits a week times weeks) when it is a week's visits (seven
    /// at most).
    func visitsPerWeek(in words: RequestWords) -> Double? {
        for position in 0..<words.count {
            if let (frequency, period) = frequency(endingAt: position, in: words) { return Double(frequency) * 7 / Double(period) }
        }
        if (0..<words.count).contains(where: { isDaily($0, in: words) }) { return 7 }
        if let product = product(in: words), (1...7).contains(product.perWeek) { return Double(product.perWeek) }
        return nil
    }

    /// Whether word `position` tells a daily frequency: a `request_daily_words` word ("daily",
    /// "qd") at the request's end or before a count, a multiplier's count or a
    /// `request_daily_followers` word ("daily for 6 days", "daily x 6", "qd x6"), not before another
    /// word ("daily home exercises", "activities of daily living"); or a `request_day_words` word
    /// right after a `request_day_leads` word or a count before a multiplier ("every day", "once a
    /// day", "1 session per day", "1x/day"), not after a count alone ("30 day rental").
    private func isDaily(_ position: Int, in words: RequestWords) -> Bool {
        let cues = index.cues
        if words.has(position, in: cues.wordList(.requestDailyWords)) {
            guard position + 1 < words.count else { return true }
            let next = words[position + 1]
            return next.count != nil || next.countAfterMultiplier != nil
                || words.has(position + 1, in: cues.wordList(.requestDailyFollowers))
        }
        guard position >= 1, words.has(position, in: cues.wordList(.requestDayWords)) else { return false }
        return words.has(position - 1, in: cues.wordList(.requestDayLeads)) || words[position - 1].countBeforeMultiplier != nil
    }

    /// Hours of care a week the request states: a count of hours (`request_hour_units`) a day times
    /// the days a week it states, the frequency told within a few words after the day's hours
    /// first ("aide 2 h/day 5 days/week": 10, after "skilled nursing 3x/week"), else `daysPerWeek`
    /// ("6 hours per day, 5 times a week": 30), every day when it states none ("4 hours a day":
    /// 28), or a count of hours a week ("20 hours per week"); the period is a `request_hour_period`
    /// word after the unit, past fillers. `nil` when no count of hours has one.
    func hoursPerWeek(in words: RequestWords, daysPerWeek: Double?) -> Double? {
        let cues = index.cues
        let units = cues.wordList(.requestHourUnits)
        let filler = cues.wordList(.requestFrequencyFiller)
        for position in 1..<max(words.count, 1) where words.has(position, in: units) {
            guard let hours = words[position - 1].count, hours > 0 else { continue }
            let period = { (at: Int) in words.number(at, in: .requestHourPeriod) }
            var next = position + 1
            while next < words.count, period(next) == nil, words.has(next, in: filler) { next += 1 }
            guard next < words.count, let period = period(next) else { continue }
            if period == 1, hours <= 24 {
                let told = ((next + 2)..<max(next + 2, min(words.count, next + 7))).lazy.compactMap { frequency(endingAt: $0, in: words) }
                    .first
                return Double(hours) * min(told.map { Double($0.count) * 7 / Double($0.period) } ?? daysPerWeek ?? 7, 7)
            }
            if period == 7, hours <= 168 { return Double(hours) }
        }
        return nil
    }

    /// Hours of a service in all: a count of hours (`request_hour_units`) with no
    /// `request_hour_period` word after it, past fillers ("functional restoration program x 160
    /// hours", "FRP 80 hrs"; not "4 hours a day"). `nil` when the request states none.
    func hoursRequested(in words: RequestWords) -> Int? {
        let cues = index.cues
        let units = cues.wordList(.requestHourUnits)
        let filler = cues.wordList(.requestFrequencyFiller)
        for position in 1..<max(words.count, 1) where words.has(position, in: units) {
            guard let hours = words[position - 1].count, hours > 0 else { continue }
            var next = position + 1
            while next < words.count, words.number(next, in: .requestHourPeriod) == nil, words.has(next, in: filler) { next += 1 }
            if next < words.count, words.number(next, in: .requestHourPeriod) != nil { continue }
            return hours
        }
        return nil
    }

    /// A frequency whose period word is `words[position]`: the count before it, past fillers, and
    /// the period's length in days; `nil` when `words[position]` is no period or no count precedes it.
    private func frequency(endingAt position: Int, in words: RequestWords) -> (count: Int, period: Int)? {
        guard position >= 1, let period = words.number(position, in: .requestFrequencyPeriod) else { return nil }
        let filler = index.cues.wordList(.requestFrequencyFiller)
        var back = position - 1
        while back >= 0, words.has(back, in: filler) { back -= 1 }
        guard back >= 0, let count = words[back].count ?? words[back].countBeforeMultiplier else { return nil }
        return (count, period)
    }

    /// The period (in days) of a frequency whose count is `words[position]`: a period word after
    /// fillers ("3 visits per week", "2 x week", "3 sessions weekly"), or `nil`.
    private func frequencyPeriod(after position: Int, in words: RequestWords) -> Int? {
        let filler = index.cues.wordList(.requestFrequencyFiller)
        var forward = position + 1
        while forward < words.count, words.has(forward, in: filler) { forward += 1 }
        guard forward < words.count else { return nil }
        return words.number(forward, in: .requestFrequencyPeriod)
    }
}
