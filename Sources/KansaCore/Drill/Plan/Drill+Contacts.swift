/// The contact check's vendors and divisions, edited on screen: checked like the rest of the plan, ids made from
/// the names, phone numbers and head counts read with full-width digits as half-width.
extension Drill {
    /// The plan's systems the participants list names for the division, in its order.
    public func listedSystems(of division: ParticipantDivision) -> [DrillSystem] {
        division.systems.compactMap { id in systems.first { $0.id == id } }
    }

    /// A new vendor after the one at `after` (first when nil); an empty head count is none.
    public func addingVendor(name: String, headCount: String, phone: String, after: Int?) throws(DrillPlanRefusal) -> DrillEdit {
        let vendor = try checkedVendor(name: name, headCount: headCount, phone: phone, except: nil)
        let id = Audit.unique(VendorID(vendor.name), avoiding: Set(participants.vendors.map(\.id)))
        return .plan(.insertVendor(Vendor(id: id, name: vendor.name, headCount: vendor.headCount, phone: vendor.phone),
                                   at: after.map { $0 + 1 } ?? 0))
    }

    public func editingVendor(_ id: VendorID, name: String, headCount: String, phone: String) throws(DrillPlanRefusal) -> DrillEdit {
        var vendor = try checkedVendor(name: name, headCount: headCount, phone: phone, except: id)
        vendor.id = id
        return .plan(.editVendor(vendor))
    }

    /// A vendor taken out of the contact check; refused once it was reached.
    public func removingVendor(_ id: VendorID) throws(DrillPlanRefusal) -> DrillEdit {
        if let vendor = participants.vendors.first(where: { $0.id == id }), vendor.reached != nil { throw .contactReached(name: vendor.name) }
        return .plan(.removeVendor(id))
    }

    public func movingVendor(_ id: VendorID, by delta: Int) -> DrillEdit? {
        guard let from = participants.vendors.firstIndex(where: { $0.id == id }), participants.vendors.indices.contains(from + delta) else { return nil }
        return .plan(.moveVendor(id, to: from + delta))
    }

    /// A new division after the one at `after` (first when nil), with who attends, the systems listed for it (the
    /// plan's, typed by name or short name with 、 between them) and its other servers in the room.
    public func addingDivision(
        name: String, attendees: [String], systems: String, otherServers: [String], phone: String, after: Int?
    ) throws(DrillPlanRefusal) -> DrillEdit {
        let name = try checkedContactName(name, except: nil)
        let id = Audit.unique(ParticipantDivisionID(name), avoiding: Set(participants.divisions.map(\.id)))
        let division = ParticipantDivision(
            id: id, name: name, systems: try systemIDs(systems), otherServers: Self.names(otherServers),
            attendees: Self.names(attendees), phone: phone.foldingWidth.trimmingWhitespace)
        return .plan(.insertDivision(division, at: after.map { $0 + 1 } ?? 0))
    }

    /// The division's name, attendees, systems, other servers and phone; when it was reached stays.
    public func editingDivision(
        _ id: ParticipantDivisionID, name: String, attendees: [String], systems: String, otherServers: [String], phone: String
    ) throws(DrillPlanRefusal) -> DrillEdit {
        let name = try checkedContactName(name, except: id.rawValue)
        guard var division = participants.divisions.first(where: { $0.id == id }) else { throw .emptyName }
        division.name = name
        division.attendees = Self.names(attendees)
        division.systems = try systemIDs(systems)
        division.otherServers = Self.names(otherServers)
        division.phone = phone.foldingWidth.trimmingWhitespace
        return .plan(.editDivision(division))
    }

    /// The plan's systems typed by name or short name with 、 between them, each once; refused at the first that
    /// is none. A name holding 、 itself (校務用サーバ、教育ネットワーク) is matched whole, longest first.
    private func systemIDs(_ typed: String) throws(DrillPlanRefusal) -> [SystemID] {
        let parts = typed.split(whereSeparator: { "、,，".contains($0) }).map { String($0).trimmingWhitespace }.filter { !$0.isEmpty }
        var ids: [SystemID] = []
        var start = 0
        while start < parts.count {
            let match = (start + 1...parts.count).reversed().lazy.compactMap { end -> (SystemID, Int)? in
                let name = parts[start..<end].joined(separator: "、")
                let system = self.systems.first { $0.name == name } ?? self.systems.first { $0.shortName == name }
                return system.map { ($0.id, end) }
            }.first
            guard let (id, end) = match else { throw .unknownSystem(parts[start]) }
            if !ids.contains(id) { ids.append(id) }
            start = end
        }
        return ids
    }

    /// A division taken out of the contact check; refused once it was reached.
    public func removingDivision(_ id: ParticipantDivisionID) throws(DrillPlanRefusal) -> DrillEdit {
        if let division = participants.divisions.first(where: { $0.id == id }), division.reached != nil { throw .contactReached(name: division.name) }
        return .plan(.removeDivision(id))
    }

    public func movingDivision(_ id: ParticipantDivisionID, by delta: Int) -> DrillEdit? {
        guard let from = participants.divisions.firstIndex(where: { $0.id == id }), participants.divisions.indices.contains(from + delta) else { return nil }
        return .plan(.moveDivision(id, to: from + delta))
    }

    private func checkedVendor(name: String, headCount: String, phone: String, except: VendorID?) throws(DrillPlanRefusal) -> Vendor {
        let name = try checkedContactName(name, except: except?.rawValue)
        let count = headCount.foldingWidth.trimmingWhitespace.replacing("名", with: "")
        guard let people = count.isEmpty ? 0 : Int(count), people >= 0 else { throw .notAHeadCount(headCount.trimmingWhitespace) }
        return Vendor(id: "", name: name, headCount: people, phone: phone.foldingWidth.trimmingWhitespace)
    }

    /// A contact's name, refused when empty or already in the check (a vendor's or a division's).
    private func checkedContactName(_ name: String, except: String?) throws(DrillPlanRefusal) -> String {
        let name = name.trimmingWhitespace
        guard !name.isEmpty else { throw .emptyName }
        let taken = participants.vendors.filter { $0.id.rawValue != except }.map(\.name)
            + participants.divisions.filter { $0.id.rawValue != except }.map(\.name)
        if taken.contains(name) { throw .duplicateContact(name: name) }
        return name
    }

    private static func names(_ names: [String]) -> [String] {
        names.map(\.trimmingWhitespace).filter { !$0.isEmpty }
    }
}
