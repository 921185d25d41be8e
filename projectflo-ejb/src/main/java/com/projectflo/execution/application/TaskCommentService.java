package com.projectflo.execution.application;

import com.projectflo.audit.application.AuditTrail;
import com.projectflo.execution.model.Task;
import com.projectflo.execution.model.TaskComment;
import com.projectflo.execution.model.TaskCommentVisibility;
import com.projectflo.execution.persistence.TaskCommentRepository;
import com.projectflo.identity.application.Caller;
import com.projectflo.identity.application.CurrentCaller;
import com.projectflo.identity.application.Permissions;
import com.projectflo.identity.application.ProjectAccess;
import com.projectflo.identity.application.RequiresPermission;
import com.projectflo.identity.model.Contributor;
import com.projectflo.identity.persistence.ContributorRepository;
import com.projectflo.platform.application.KeysetCursor;
import com.projectflo.platform.application.NoSuchResourceException;
import com.projectflo.platform.application.Page;
import com.projectflo.platform.application.PageRequest;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;

/**
 * Comments on tasks. Staff with tasks.write on the project write them (Internal unless said
 * otherwise); a portal user reads only the Client-Visible comments of client-visible tasks of its
 * own projects.
 */
@Stateless
public class TaskCommentService {

  static final String RESOURCE = "Task comment";

  @Inject private TaskAccess taskAccess;

  @Inject private TaskCommentRepository comments;

  @Inject private ContributorRepository contributors;

  @Inject private ProjectAccess projectAccess;

  @Inject private CurrentCaller currentCaller;

  @Inject private AuditTrail audit;

  @RequiresPermission(clientUsers = true)
  public Page<TaskComment> listComments(int taskId, @NotNull @Valid PageRequest page) {
    taskAccess.readable(taskId);
    TaskCommentVisibility only =
        currentCaller.get().isClientUser() ? TaskCommentVisibility.CLIENT_VISIBLE : null;
    return page.page(
        comments.findPage(taskId, only, page.afterId(), page.limit() + 1),
        comment -> KeysetCursor.encode(comment.getId()));
  }

  /**
   * One comment of a task the caller may read; a portal user's only when Client-Visible (others
   * answer 404, as does a comment of another task).
   */
  @RequiresPermission(clientUsers = true)
  public TaskComment getComment(int taskId, int commentId) {
    taskAccess.readable(taskId);
    boolean clientUser = currentCaller.get().isClientUser();
    return comments
        .findById(commentId)
        .filter(comment -> comment.getTask().getId() == taskId)
        .filter(
            comment ->
                !clientUser || comment.getVisibility() == TaskCommentVisibility.CLIENT_VISIBLE)
        .orElseThrow(() -> new NoSuchResourceException(RESOURCE, commentId));
  }

  @RequiresPermission
  public TaskComment addComment(
      int taskId, @NotBlank @Size(max = 10_000) String text, TaskCommentVisibility visibility) {
    Task task = taskAccess.find(taskId);
    Caller caller = projectAccess.require(task.getProject().getId(), Permissions.TASKS_WRITE);
    Contributor author = contributors.findById(caller.id()).orElse(null);
    TaskComment comment = new TaskComment();
    comment.setTask(task);
    comment.setContributor(author);
    comment.setCommentText(text.strip());
    comment.setVisibility(visibility == null ? TaskCommentVisibility.INTERNAL : visibility);
    comments.add(comment);
    audit.record(
        "task_comment.create",
        "task-comment",
        comment.getId(),
        null,
        new CommentState(taskId, comment.getVisibility(), comment.getCreatedAt()));
    return comment;
  }

  record CommentState(int taskId, TaskCommentVisibility visibility, OffsetDateTime createdAt) {}
}
