import KansaCore

extension Strings {
    var planTitle: String { pick("Drill plan", "訓練計画") }
    func planPane(_ pane: DrillPlanScreen.Pane) -> String {
        switch pane {
        case .steps: pick("Steps", "工程")
        case .systems: pick("Systems", "システム")
        case .contacts: pick("Contacts", "連絡先")
        case .tasks: pick("Tasks", "作業")
        }
    }
    func planEmpty(_ pane: DrillPlanScreen.Pane) -> String {
        switch pane {
        case .steps: pick("No steps yet: a adds one", "工程がありません: a で追加")
        case .systems: pick("No systems yet: a adds one", "システムがありません: a で追加")
        case .contacts: ""
        case .tasks: pick("No tasks yet: a adds one", "作業がありません: a で追加")
        }
    }
    var planHint: String { pick("Tab pane · a add · Enter edit · +/- shift · d remove · ? help", "Tab 切替・a 追加・Enter 編集・+/- ずらす・d 削除・? ヘルプ") }
    var plannedTimePrompt: String { pick("Planned time (8:30, 8時30分; empty: follows the step before): ", "予定時刻（8:30・8時30分、空欄は前の工程に続く）: ") }
    var bannerPrompt: String { pick("Banner across the row (停電; empty: lanes): ", "全列の見出し（停電など、空欄は各列）: ") }
    var powerPrompt: String { pick("Power after the step, commercial then emergency (○×): ", "工程後の電源 通常・非常用（○×）: ") }
    func lanePrompt(_ lane: String) -> String { pick("What \(lane) does: ", "\(lane)の作業: ") }
    var shiftLaterPrompt: String { pick("Later by how many minutes (this step and every later one): ", "この工程以降を何分遅らせますか: ") }
    var shiftEarlierPrompt: String { pick("Earlier by how many minutes (this step and every later one): ", "この工程以降を何分早めますか: ") }
    var systemNamePrompt: String { pick("System: ", "システム名: ") }
    var ownerPrompt: String { pick("Owner division: ", "所管課: ") }
    var groupPrompt: String { pick("Group (自課 = lead division's own, 調達 = procured): ", "区分（自課・調達）: ") }
    var shutdownModePrompt: String { pick("Shutdown (自動, 手動, 自動（一部手動）): ", "停止（自動・手動・自動（一部手動））: ") }
    var startupModePrompt: String { pick("Startup (自動, 手動, 自動（一部手動）): ", "起動（自動・手動・自動（一部手動））: ") }
    var emergencyPowerPrompt: String { pick("On emergency power (○ or ×): ", "非常用電源（○・×）: ") }
    var responsiblePrompt: String { pick("Responsible person: ", "担当者: ") }
    var listedNamePrompt: String { pick("Name in the participants list (empty: the same): ", "参加者欄での名称（空欄は同じ）: ") }
    var listedSystemsPrompt: String { pick("Its systems of the plan (、 between names): ", "計画のシステム（、で区切る）: ") }
    var otherServersPrompt: String { pick("Other servers in the room, not in the drill: ", "訓練対象外の室内サーバ: ") }
    var phonePrompt: String { pick("Phone: ", "電話番号: ") }
    var vendorNamePrompt: String { pick("Vendor: ", "業者名: ") }
    var headCountPrompt: String { pick("People it sends: ", "参加人数: ") }
    var contactDivisionPrompt: String { pick("Division: ", "課名: ") }
    var attendeesPrompt: String { pick("Who attends (、 between names): ", "出席者（、で区切る）: ") }
    var vendorsHeading: String { pick("Vendors", "業者") }
    var divisionsHeading: String { pick("Divisions", "課") }
    func people(_ count: Int) -> String { pick(count == 1 ? "1 person" : "\(count) people", "\(count)名") }
    var reachedMark: String { pick("reached", "連絡済") }
    func removeContact(_ name: String) -> String {
        pick("Remove \(name) from the contact check? y removes, any other key keeps it", "\(name)を連絡先から削除しますか？ y で削除、他のキーで取消")
    }
    var taskLabelPrompt: String { pick("Label (ア, イ …; empty: the next one): ", "記号（ア・イ…、空欄は次の記号）: ") }
    var taskTextPrompt: String { pick("Task: ", "作業内容: ") }
    var resultTitlePrompt: String { pick("Heading of its results in the report: ", "訓練結果の見出し: ") }
    func removeTask(_ label: String) -> String {
        pick("Remove task \(label)? y removes, any other key keeps it", "作業「\(label)」を削除しますか？ y で削除、他のキーで取消")
    }
    var procedureLabel: String { pick("Procedure", "手順") }
    func groupName(_ group: DrillSystem.Group) -> String {
        switch group {
        case .lead: pick("自課", "自課")
        case .procured: pick("調達", "調達")
        }
    }
    var noProcedure: String { pick("—", "—") }
    func removeStep(_ name: String, stamped: Bool) -> String {
        stamped
            ? pick("Remove step \(name) and its recorded time? y removes, any other key keeps it", "工程「\(name)」と記録した時刻を削除しますか？ y で削除、他のキーで取消")
            : pick("Remove step \(name)? y removes, any other key keeps it", "工程「\(name)」を削除しますか？ y で削除、他のキーで取消")
    }
    func removeSystem(_ name: String) -> String {
        pick("Retire \(name) from the plan? y removes, any other key keeps it", "\(name)を計画から外しますか？ y で削除、他のキーで取消")
    }
    /// Why a plan edit was refused.
    func planRefusal(_ refusal: DrillPlanRefusal) -> String {
        switch refusal {
        case .notATime(let text):
            return pick("“\(text)” is no time of day (write 8:30 or 8時30分); nothing changed", "「\(text)」は時刻ではありません（8:30・8時30分のように）。変更していません")
        case .outOfOrder(let time, let neighbour, let before):
            return before
                ? pick("\(time) would come before \(neighbour) above it; nothing changed", "\(time)は上の工程の\(neighbour)より前になります。変更していません")
                : pick("\(time) would come after \(neighbour) below it; nothing changed", "\(time)は下の工程の\(neighbour)より後になります。変更していません")
        case .shiftLeavesTheDay:
            return pick("That shift would move a step out of the day; nothing changed", "ずらすと工程が日をまたぎます。変更していません")
        case .emptyStep:
            return pick("A step needs a time, a banner or a lane's text; nothing changed", "工程に時刻・見出し・作業のいずれかが必要です。変更していません")
        case .emptyName:
            return pick("A system needs a name; nothing changed", "システム名が空です。変更していません")
        case .emptyOwner:
            return pick("A system needs its owner division; nothing changed", "所管課が空です。変更していません")
        case .duplicateSystem(let name):
            return pick("There is a system \(name) already; nothing changed", "\(name)はすでにあります。変更していません")
        case .notAHeadCount(let text):
            return pick("“\(text)” is no number of people; nothing changed", "「\(text)」は人数ではありません。変更していません")
        case .duplicateContact(let name):
            return pick("\(name) is in the contact check already; nothing changed", "\(name)はすでに連絡先にあります。変更していません")
        case .unknownSystem(let name):
            return pick("\(name) is not a system of the plan: add it on the Systems pane, or list it as another server; nothing changed",
                        "\(name)は計画のシステムではありません。システム欄で追加するか、その他のサーバに書いてください。変更していません")
        case .contactReached(let name):
            return pick("\(name) was reached in the contact check and cannot be removed; nothing changed",
                        "\(name)は連絡確認済みのため削除できません。変更していません")
        case .emptyTask:
            return pick("A task needs its text; nothing changed", "作業の内容が空です。変更していません")
        case .duplicateTaskLabel(let label):
            return pick("There is a task \(label) already; nothing changed", "作業「\(label)」はすでにあります。変更していません")
        case .taskHasResults(let label):
            return pick("Task \(label) has results written and cannot be removed; nothing changed",
                        "作業「\(label)」には訓練結果が書かれているため削除できません。変更していません")
        case .tiedToEvents(let name, let count):
            return pick("\(count) events in the log are tied to \(name), which cannot be removed; nothing changed",
                        "\(name)には記録が\(count)件結び付いているため削除できません。変更していません")
        case .systemHasMoves(let name, let count):
            return pick("\(name) has \(count) recorded moves and cannot be retired; nothing changed",
                        "\(name)には\(count)件の動作記録があるため外せません。変更していません")
        }
    }
}
