package com.projectflo.it.api;

import static com.projectflo.it.api.Api.delete;
import static com.projectflo.it.api.Api.get;
import static com.projectflo.it.api.Api.post;
import static com.projectflo.it.api.Api.put;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The automation rules over HTTP: default components, style requirements and task recipes. */
class AutomationRulesApiIT {

  private static final String RECIPES = "/api/catalog/recipes";
  private static final int UNKNOWN = 999_999_999;

  private static String components(int deliverableId) {
    return "/api/catalog/deliverables/" + deliverableId + "/default-components";
  }

  private static String requirements(int styleId) {
    return "/api/catalog/editing-styles/" + styleId + "/requirements";
  }

  private static JsonObject created(String path, JsonObjectBuilder body) {
    Api.Response created = post(path, body.build().toString());
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    assertThat(created.header("Location")).endsWith(path + "/" + created.json().getInt("id"));
    return created.json();
  }

  private static List<String> badFields(Api.Response response) {
    assertThat(response.status()).as(response.toString()).isEqualTo(400);
    return response.errorFields();
  }

  private static JsonObjectBuilder object() {
    return Json.createObjectBuilder();
  }

  @Nested
  class DefaultComponents {

    @Test
    void createGetListReplaceAndDelete() {
      int deliverable = AutomationFixtures.deliverable();
      int scene = AutomationFixtures.scene();
      int style = AutomationFixtures.style();
      JsonObject component =
          created(
              components(deliverable),
              object()
                  .add("coverageSceneId", scene)
                  .add("defaultEditingStyleId", style)
                  .add("defaultTargetMinutes", 12.5)
                  .add("defaultIncluded", false));
      assertThat(component.getInt("deliverableId")).isEqualTo(deliverable);
      assertThat(component.getInt("coverageSceneId")).isEqualTo(scene);
      assertThat(component.getInt("defaultEditingStyleId")).isEqualTo(style);
      assertThat(component.getJsonNumber("defaultTargetMinutes").bigDecimalValue())
          .isEqualByComparingTo("12.5");
      assertThat(component.getBoolean("defaultIncluded")).isFalse();
      String path = components(deliverable) + "/" + component.getInt("id");
      assertThat(get(path).json()).isEqualTo(component);
      assertThat(get(components(deliverable)).items()).containsExactly(component);

      // The rows have no version: a replace needs no If-Match; left-out fields become empty.
      Api.Response replaced =
          put(path, object().add("defaultEditingStyleId", style).build().toString());
      assertThat(replaced.status()).as(replaced.toString()).isEqualTo(200);
      JsonObject changed = replaced.json();
      assertThat(changed.containsKey("coverageSceneId")).isFalse();
      assertThat(changed.containsKey("defaultTargetMinutes")).isFalse();
      assertThat(changed.getBoolean("defaultIncluded")).isTrue();
      assertThat(get(path).json()).isEqualTo(changed);

      assertThat(delete(path).status()).isEqualTo(204);
      assertThat(get(path).status()).isEqualTo(404);
      assertThat(delete(path).status()).isEqualTo(404);
      assertThat(get(components(deliverable)).items()).isEmpty();
    }

    @Test
    void refusesBadFieldsWith400AndUnknownParentsWith404() {
      int deliverable = AutomationFixtures.deliverable();
      int style = AutomationFixtures.style();
      assertThat(badFields(post(components(deliverable), "{}")))
          .containsExactly("defaultEditingStyleId");
      assertThat(
              badFields(
                  post(
                      components(deliverable),
                      object()
                          .add("defaultEditingStyleId", style)
                          .add("defaultTargetMinutes", -1)
                          .build()
                          .toString())))
          .containsExactly("defaultTargetMinutes");
      assertThat(
              badFields(
                  post(
                      components(deliverable),
                      object()
                          .add("coverageSceneId", UNKNOWN)
                          .add("defaultEditingStyleId", UNKNOWN)
                          .build()
                          .toString())))
          .containsExactly("coverageSceneId", "defaultEditingStyleId");
      assertThat(post(components(deliverable), null).status()).isEqualTo(400);

      String valid = object().add("defaultEditingStyleId", style).build().toString();
      assertThat(post(components(UNKNOWN), valid).status()).isEqualTo(404);
      assertThat(get(components(UNKNOWN)).status()).isEqualTo(404);
      // A component is reached through its own deliverable only.
      int id =
          created(components(deliverable), object().add("defaultEditingStyleId", style))
              .getInt("id");
      int other = AutomationFixtures.deliverable();
      assertThat(get(components(other) + "/" + id).status()).isEqualTo(404);
      assertThat(put(components(other) + "/" + id, valid).status()).isEqualTo(404);
      assertThat(delete(components(other) + "/" + id).status()).isEqualTo(404);
      Api.Response badUpdate =
          put(
              components(deliverable) + "/" + id,
              object().add("defaultEditingStyleId", UNKNOWN).build().toString());
      assertThat(badFields(badUpdate)).containsExactly("defaultEditingStyleId");
      assertThat(get(components(deliverable) + "/" + id).json().getInt("defaultEditingStyleId"))
          .isEqualTo(style);
    }
  }

  @Nested
  class StyleRequirements {

    @Test
    void addListChangeQuantityAndDelete() {
      int style = AutomationFixtures.style();
      int item = AutomationFixtures.billableItem();
      JsonObject requirement = created(requirements(style), object().add("billableItemId", item));
      assertThat(requirement.getInt("editingStyleId")).isEqualTo(style);
      assertThat(requirement.getInt("billableItemId")).isEqualTo(item);
      assertThat(requirement.getInt("quantity")).isEqualTo(1);
      String path = requirements(style) + "/" + requirement.getInt("id");

      Api.Response changed = put(path, "{\"quantity\":3}");
      assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
      assertThat(changed.json().getInt("quantity")).isEqualTo(3);
      assertThat(get(requirements(style)).items()).containsExactly(changed.json());

      assertThat(delete(path).status()).isEqualTo(204);
      assertThat(delete(path).status()).isEqualTo(404);
      assertThat(get(requirements(style)).items()).isEmpty();
    }

    @Test
    void aSecondRequirementForTheSameItemIs409() {
      int style = AutomationFixtures.style();
      int item = AutomationFixtures.billableItem();
      created(requirements(style), object().add("billableItemId", item).add("quantity", 2));

      Api.Response duplicate =
          post(requirements(style), object().add("billableItemId", item).build().toString());

      assertThat(duplicate.status()).as(duplicate.toString()).isEqualTo(409);
      assertThat(duplicate.errorFields()).containsExactly("billableItemId");
      assertThat(get(requirements(style)).items()).hasSize(1);
      // Another style may require the same item.
      created(requirements(AutomationFixtures.style()), object().add("billableItemId", item));
    }

    @Test
    void refusesBadFieldsWith400AndUnknownStylesWith404() {
      int style = AutomationFixtures.style();
      int item = AutomationFixtures.billableItem();
      assertThat(badFields(post(requirements(style), "{}"))).containsExactly("billableItemId");
      assertThat(
              badFields(
                  post(
                      requirements(style),
                      object().add("billableItemId", UNKNOWN).build().toString())))
          .containsExactly("billableItemId");
      assertThat(
              badFields(
                  post(
                      requirements(style),
                      object().add("billableItemId", item).add("quantity", 0).build().toString())))
          .containsExactly("quantity");
      String valid = object().add("billableItemId", item).build().toString();
      assertThat(post(requirements(UNKNOWN), valid).status()).isEqualTo(404);
      assertThat(get(requirements(UNKNOWN)).status()).isEqualTo(404);

      String path =
          requirements(style)
              + "/"
              + created(requirements(style), object().add("billableItemId", item)).getInt("id");
      assertThat(badFields(put(path, "{\"quantity\":0}"))).containsExactly("quantity");
      assertThat(badFields(put(path, "{}"))).containsExactly("quantity");
      int other = AutomationFixtures.style();
      assertThat(
              put(requirements(other) + path.substring(path.lastIndexOf('/')), "{\"quantity\":2}")
                  .status())
          .isEqualTo(404);
    }
  }

  @Nested
  class Recipes {

    @Test
    void createGetReplaceAndDelete() {
      int deliverable = AutomationFixtures.deliverable();
      int scene = AutomationFixtures.scene();
      int style = AutomationFixtures.style();
      int template = AutomationFixtures.taskTemplate();
      JsonObject recipe =
          created(
              RECIPES,
              object()
                  .add("deliverableId", deliverable)
                  .add("coverageSceneId", scene)
                  .add("editingStyleId", style)
                  .add("taskTemplateId", template)
                  .add("priority", 7));
      assertThat(recipe.getInt("deliverableId")).isEqualTo(deliverable);
      assertThat(recipe.getInt("coverageSceneId")).isEqualTo(scene);
      assertThat(recipe.getInt("editingStyleId")).isEqualTo(style);
      assertThat(recipe.getInt("taskTemplateId")).isEqualTo(template);
      assertThat(recipe.getInt("priority")).isEqualTo(7);
      String path = RECIPES + "/" + recipe.getInt("id");
      assertThat(get(path).json()).isEqualTo(recipe);

      Api.Response replaced =
          put(
              path,
              object()
                  .add("deliverableId", deliverable)
                  .add("taskTemplateId", template)
                  .build()
                  .toString());
      assertThat(replaced.status()).as(replaced.toString()).isEqualTo(200);
      JsonObject changed = replaced.json();
      assertThat(changed.containsKey("coverageSceneId")).isFalse();
      assertThat(changed.containsKey("editingStyleId")).isFalse();
      assertThat(changed.getInt("priority")).isZero();
      assertThat(get(path).json()).isEqualTo(changed);

      assertThat(delete(path).status()).isEqualTo(204);
      assertThat(get(path).status()).isEqualTo(404);
      assertThat(put(path, object().add("taskTemplateId", template).build().toString()).status())
          .isEqualTo(404);
      assertThat(delete(path).status()).isEqualTo(404);
    }

    @Test
    void listsByIdWithFiltersAndCursor() {
      int deliverable = AutomationFixtures.deliverable();
      int template = AutomationFixtures.taskTemplate();
      int first = recipe(deliverable, null, null, template, 0);
      int second = recipe(null, AutomationFixtures.scene(), null, template, 0);
      int third = recipe(deliverable, null, null, template, 3);
      recipe(deliverable, null, null, AutomationFixtures.taskTemplate(), 0);

      Api.Response page1 = get(RECIPES + "?limit=2&taskTemplateId=" + template);
      assertThat(page1.status()).as(page1.toString()).isEqualTo(200);
      assertThat(ids(page1)).containsExactly(first, second);
      String cursor = page1.json().getString("nextCursor");
      Api.Response page2 =
          get(RECIPES + "?limit=2&taskTemplateId=" + template + "&cursor=" + cursor);
      assertThat(ids(page2)).containsExactly(third);
      assertThat(page2.json().containsKey("nextCursor")).isFalse();

      assertThat(
              ids(get(RECIPES + "?deliverableId=" + deliverable + "&taskTemplateId=" + template)))
          .containsExactly(first, third);
      assertThat(badFields(get(RECIPES + "?deliverableId=x&editingStyleId=y")))
          .containsExactly("deliverableId", "editingStyleId");
      assertThat(badFields(get(RECIPES + "?limit=0"))).containsExactly("limit");
      assertThat(badFields(get(RECIPES + "?cursor=nonsense"))).containsExactly("cursor");
    }

    @Test
    void refusesUnknownReferencesWith400NamingEachField() {
      assertThat(badFields(post(RECIPES, "{}"))).containsExactly("taskTemplateId");
      assertThat(
              badFields(
                  post(
                      RECIPES,
                      object()
                          .add("deliverableId", UNKNOWN)
                          .add("coverageSceneId", UNKNOWN)
                          .add("editingStyleId", UNKNOWN)
                          .add("taskTemplateId", UNKNOWN)
                          .build()
                          .toString())))
          .containsExactly("coverageSceneId", "deliverableId", "editingStyleId", "taskTemplateId");
      int id =
          recipe(
              AutomationFixtures.deliverable(), null, null, AutomationFixtures.taskTemplate(), 0);
      assertThat(
              badFields(
                  put(
                      RECIPES + "/" + id,
                      object().add("taskTemplateId", UNKNOWN).build().toString())))
          .containsExactly("taskTemplateId");
      assertThat(get(RECIPES + "/" + UNKNOWN).status()).isEqualTo(404);
    }

    @Test
    void matchSelectsEachTemplateOnceByPriorityThenSpecificityThenId() {
      int deliverable = AutomationFixtures.deliverable();
      int scene = AutomationFixtures.scene();
      int style = AutomationFixtures.style();
      String token = Api.uniqueToken();
      int edit = AutomationFixtures.taskTemplate("Edit " + token);
      int colour = AutomationFixtures.taskTemplate("Colour " + token);
      int sound = AutomationFixtures.taskTemplate("Sound " + token);
      int unrelated = AutomationFixtures.taskTemplate();
      int editAnyScene = recipe(deliverable, null, null, edit, 0);
      int colourExact = recipe(deliverable, scene, style, colour, 0);
      int soundForScene = recipe(null, scene, null, sound, 5);
      recipe(AutomationFixtures.deliverable(), null, null, unrelated, 9);
      int editForScene = recipe(deliverable, scene, null, edit, 0);
      int soundForStyle = recipe(deliverable, null, style, sound, 1);
      Set<Integer> mine = Set.of(edit, colour, sound, unrelated);

      Api.Response match =
          get(
              RECIPES
                  + "/match?deliverableId="
                  + deliverable
                  + "&coverageSceneId="
                  + scene
                  + "&editingStyleId="
                  + style);
      assertThat(match.status()).as(match.toString()).isEqualTo(200);
      List<JsonObject> selected = mineOnly(match, mine);
      // Sound twice (priority 5 wins over 1), edit twice (scene+deliverable beats deliverable).
      assertThat(selected)
          .extracting(m -> m.getInt("recipeId"))
          .containsExactly(soundForScene, colourExact, editForScene);
      assertThat(selected)
          .extracting(m -> m.getInt("taskTemplateId"))
          .containsExactly(sound, colour, edit);
      assertThat(selected)
          .extracting(m -> m.getString("taskTemplateName"))
          .containsExactly("Sound " + token, "Colour " + token, "Edit " + token);
      assertThat(selected).extracting(m -> m.getInt("priority")).containsExactly(5, 0, 0);

      // Without a scene, only the recipes open on the scene match.
      Api.Response noScene =
          get(RECIPES + "/match?deliverableId=" + deliverable + "&editingStyleId=" + style);
      assertThat(mineOnly(noScene, mine))
          .extracting(m -> m.getInt("recipeId"))
          .containsExactly(soundForStyle, editAnyScene);

      assertThat(badFields(get(RECIPES + "/match?coverageSceneId=" + scene)))
          .containsExactly("deliverableId", "editingStyleId");
      assertThat(
              badFields(
                  get(
                      RECIPES
                          + "/match?deliverableId="
                          + deliverable
                          + "&coverageSceneId="
                          + UNKNOWN
                          + "&editingStyleId="
                          + style)))
          .containsExactly("coverageSceneId");
    }

    private static List<JsonObject> mineOnly(Api.Response match, Set<Integer> templates) {
      return match.jsonArray().getValuesAs(JsonObject.class).stream()
          .filter(m -> templates.contains(m.getInt("taskTemplateId")))
          .toList();
    }

    private static List<Integer> ids(Api.Response page) {
      return page.items().stream().map(item -> item.getInt("id")).toList();
    }

    private static int recipe(
        Integer deliverable, Integer scene, Integer style, int template, int priority) {
      JsonObjectBuilder body = object().add("taskTemplateId", template).add("priority", priority);
      if (deliverable != null) {
        body.add("deliverableId", deliverable);
      }
      if (scene != null) {
        body.add("coverageSceneId", scene);
      }
      if (style != null) {
        body.add("editingStyleId", style);
      }
      return created(RECIPES, body).getInt("id");
    }
  }
}
