/// The contact check's vendors and divisions, edited on screen: checked like the rest of the plan, ids made from
/// the names, phone numbers and head counts read with full-width digits as half-width.
extension Drill {
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

    /// A new division after the one at `after` (first when nil), with who attends.
    public func addingDivision(name: String, attendees: [String], phone: String, after: Int?) throws(DrillPlanRefusal) -> DrillEdit {
        let name = try checkedContactName(name, except: nil)
        let id = Audit.unique(ParticipantDivisionID(name), avoiding: Set(participants.divisions.map(\.id)))
        let division = ParticipantDivision(id: id, name: name, systems: [], attendees: Self.names(attendees),
                                           phone: phone.foldingWidth.trimmingWhitespace)
        return .plan(.insertDivision(division, at: after.map { $0 + 1 } ?? 0))
    }

    /// The division's name, attendees and phone; the systems it lists stay.
    public func editingDivision(_ id: ParticipantDivisionID, name: String, attendees: [String], phone: String) throws(DrillPlanRefusal) -> DrillEdit {
        let name = try checkedContactName(name, except: id.rawValue)
        guard var division = participants.divisions.first(where: { $0.id == id }) else { throw .emptyName }
        division.name = name
        division.attendees = Self.names(attendees)
        division.phone = phone.foldingWidth.trimmingWhitespace
        return .plan(.editDivision(division))
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
        let count = headCount.foldingWidth.trimmingWhitespace.replacingOccurrences(of: "名", with: "")
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
