/// The drill's tasks (実施作業 ア〜カ) edited on screen, checked like the rest of the plan.
extension Drill {
    /// The labels tasks take in order when none is typed.
    static let taskLabels = Array("アイウエオカキクケコサシスセソタチツテト").map(String.init)

    /// A new task after the one at `after` (first when nil); an empty label takes the next one after the labels in use.
    public func addingTask(label: String, text: String, resultTitle: String, after: Int?) throws(DrillPlanRefusal) -> DrillEdit {
        let typed = label.foldingWidth.trimmingWhitespace
        let label = typed.isEmpty ? Self.taskLabels.first { l in !tasks.contains { $0.label == l } } ?? "" : typed
        let task = try checkedTask(label: label, text: text, resultTitle: resultTitle, except: nil)
        let id = Audit.unique(TaskID(label.isEmpty ? task.text : label), avoiding: Set(tasks.map(\.id)))
        return .plan(.insertTask(DrillTask(id: id, label: task.label, text: task.text, resultTitle: task.resultTitle, results: []),
                                 at: after.map { $0 + 1 } ?? 0))
    }

    public func editingTask(_ id: TaskID, label: String, text: String, resultTitle: String) throws(DrillPlanRefusal) -> DrillEdit {
        var task = try checkedTask(label: label.foldingWidth.trimmingWhitespace, text: text, resultTitle: resultTitle, except: id)
        task.id = id
        return .plan(.editTask(task))
    }

    /// A task taken out of the plan; refused once its results are written.
    public func removingTask(_ id: TaskID) throws(DrillPlanRefusal) -> DrillEdit {
        if let task = tasks.first(where: { $0.id == id }), !task.results.isEmpty { throw .taskHasResults(label: task.label) }
        return .plan(.removeTask(id))
    }

    public func movingTask(_ id: TaskID, by delta: Int) -> DrillEdit? {
        guard let from = tasks.firstIndex(where: { $0.id == id }), tasks.indices.contains(from + delta) else { return nil }
        return .plan(.moveTask(id, to: from + delta))
    }

    private func checkedTask(label: String, text: String, resultTitle: String, except: TaskID?) throws(DrillPlanRefusal) -> DrillTask {
        let text = text.trimmingWhitespace
        guard !text.isEmpty else { throw .emptyTask }
        if !label.isEmpty, tasks.contains(where: { $0.id != except && $0.label == label }) { throw .duplicateTaskLabel(label) }
        return DrillTask(id: "", label: label, text: text, resultTitle: resultTitle.trimmingWhitespace, results: [])
    }
}
