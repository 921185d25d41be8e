package com.projectflo.execution.application;

import com.projectflo.execution.model.Task;
import java.util.List;

/** A task with the tasks it waits for and the tasks that wait for it. */
public record TaskDependencies(Task task, List<Task> blockedBy, List<Task> blocks) {}
