import KansaCore

extension Strings {
    /// A step as the board names it: its planned time and what it is (`10:00 起動確認`).
    func stepName(_ step: DrillStep, in drill: Drill) -> String {
        let what = step.banner ?? drill.lanes.lazy.compactMap { step.laneTexts[$0.id] }.first ?? ""
        return [step.plannedTime?.description, what.isEmpty ? nil : String(what.prefix(16))].compactMap { $0 }.joined(separator: " ")
    }

    /// What an edit of the drill touched, for the status line after an undo or a redo.
    func describe(_ edit: DrillEdit, in drill: Drill) -> String {
        func system(_ move: MoveID) -> String {
            drill.moves.first { $0.id == move }.flatMap { move in drill.systems.first { $0.id == move.system }?.name } ?? ""
        }
        switch edit {
        case .time(.step(let id), _):
            let name = drill.steps.first { $0.id == id }.map { stepName($0, in: drill) } ?? ""
            return pick("the time of step \(name)", "工程「\(name)」の時刻")
        case .date:
            return pick("the drill's date", "訓練の日付")
        case .skip(let id, _):
            let name = drill.steps.first { $0.id == id }.map { stepName($0, in: drill) } ?? ""
            return pick("skipping step \(name)", "工程「\(name)」の省略")
        case .time(.power(let id), _):
            let name = drill.powerChanges.first { $0.id == id }.map { phase($0.phase) } ?? ""
            return pick("the time of \(name)", "\(name)の時刻")
        case .addPowerChange, .removePowerChange:
            return pick("a power change", "電源の切替")
        case .time(.move(let id), _):
            return pick("the time of a move of \(system(id))", "\(system(id))の動作の時刻")
        case .removeMove(let id), .manual(let id, _):
            return pick("a move of \(system(id))", "\(system(id))の動作")
        case .addMove(let move):
            let name = drill.systems.first { $0.id == move.system }?.name ?? ""
            return pick("a move of \(name)", "\(name)の動作")
        case .time(.event, _):
            return pick("the time of an event", "記録の時刻")
        case .addEvent, .removeEvent:
            return pick("an event", "記録")
        case .time(.vendor(let id), _):
            let name = drill.participants.vendors.first { $0.id == id }?.name ?? ""
            return pick("the contact with \(name)", "\(name)への連絡確認")
        case .time(.division(let id), _):
            let name = drill.participants.divisions.first { $0.id == id }?.name ?? ""
            return pick("the contact with \(name)", "\(name)への連絡確認")
        case .batch(let edits):
            return edits.first.map { describe($0, in: drill) } ?? ""
        case .plan(.insertStep(let step, _)), .plan(.editStep(let step)):
            let name = stepName(step, in: drill)
            return pick("step \(name)", "工程「\(name)」")
        case .plan(.removeStep(let id)), .plan(.moveStep(let id, _)), .plan(.shiftSteps(let id, _)):
            let name = drill.steps.first { $0.id == id }.map { stepName($0, in: drill) } ?? ""
            return pick("step \(name)", "工程「\(name)」")
        case .plan(.insertSystem(let system, _)), .plan(.editSystem(let system)):
            return pick("system \(system.name)", "システム「\(system.name)」")
        case .plan(.removeSystem(let id)), .plan(.moveSystem(let id, _)):
            let name = drill.systems.first { $0.id == id }?.name ?? ""
            return pick("system \(name)", "システム「\(name)」")
        case .plan(.insertVendor(let vendor, _)), .plan(.editVendor(let vendor)):
            return pick("contact \(vendor.name)", "連絡先「\(vendor.name)」")
        case .plan(.removeVendor(let id)), .plan(.moveVendor(let id, _)):
            let name = drill.participants.vendors.first { $0.id == id }?.name ?? ""
            return pick("contact \(name)", "連絡先「\(name)」")
        case .plan(.insertDivision(let division, _)), .plan(.editDivision(let division)):
            return pick("contact \(division.name)", "連絡先「\(division.name)」")
        case .plan(.removeDivision(let id)), .plan(.moveDivision(let id, _)):
            let name = drill.participants.divisions.first { $0.id == id }?.name ?? ""
            return pick("contact \(name)", "連絡先「\(name)」")
        case .plan(.insertTask(let task, _)), .plan(.editTask(let task)):
            return pick("task \(task.label)", "作業「\(task.label)」")
        case .plan(.removeTask(let id)), .plan(.moveTask(let id, _)):
            let label = drill.tasks.first { $0.id == id }?.label ?? ""
            return pick("task \(label)", "作業「\(label)」")
        case .text(let which, _):
            return textName(which, in: drill)
        }
    }

    /// A text written after the drill as the texts screen and undo name it (「基幹系システムサーバの課題等」).
    func textName(_ which: DrillText, in drill: Drill) -> String {
        switch which {
        case .issue(let id):
            let name = drill.systems.first { $0.id == id }?.name ?? ""
            return pick("the issues of \(name)", "\(name)の課題等")
        case .results(let id):
            let task = drill.tasks.first { $0.id == id }
            let title = task.map { [$0.label, $0.resultTitle].filter { !$0.isEmpty }.joined(separator: " ") } ?? ""
            return pick("the results of \(title)", "\(title)の結果")
        case .notes:
            return pick("other remarks (その他)", "その他")
        case .conclusions:
            return pick("the conclusion (総括)", "総括")
        }
    }
}
