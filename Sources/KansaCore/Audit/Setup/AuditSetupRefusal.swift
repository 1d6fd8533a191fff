/// Why a set-up edit was refused; the interface words it in its language.
public enum AuditSetupRefusal: Error, Equatable, Sendable {
    case emptyName
    case emptyTitle
    case emptyNumber
    case duplicateDivision(name: String)
    case duplicateShortName(shortName: String)
    case duplicateNumber(number: String, section: String)
    case duplicateNumeral(numeral: String)
    case lastDivision
    case lastSection
}
