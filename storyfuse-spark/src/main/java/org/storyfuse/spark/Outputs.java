package org.storyfuse.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * What the job writes under its output folder (any Hadoop path), each a folder of part files as
 * Spark writes them:
 * <ul>
 *   <li>{@code briefs/}: one brief per line, the JSON of {@code brief --json} for one story, largest
 *       story first;</li>
 *   <li>{@code stories/}: one line per story: its id and its articles (id, origin, copy of);</li>
 *   <li>{@code errors/}: one line per file or record that could not be read: path and reason;</li>
 *   <li>{@code notes/}: files skipped as not articles, and other notes on input;</li>
 *   <li>{@code parquet/articles}, {@code parquet/stories}, {@code parquet/claims} with {@code --parquet}.</li>
 * </ul>
 */
final class Outputs {

  private static final ObjectMapper JSON = new ObjectMapper();

  private Outputs() {}

  static String problemLine(Records.Problem p) throws java.io.IOException {
    ObjectNode n = JSON.createObjectNode();
    n.put("path", p.path());
    n.put("reason", p.reason());
    return JSON.writeValueAsString(n);
  }

  static String storyLine(Records.StoryOut s) throws java.io.IOException {
    ObjectNode n = JSON.createObjectNode();
    n.put("story_id", s.storyId());
    n.put("size", s.size());
    ArrayNode members = n.putArray("articles");
    for (int i = 0; i < s.articleIds().size(); i++) {
      ObjectNode m = members.addObject();
      m.put("id", s.articleIds().get(i));
      m.put("origin", s.origins().get(i));
      m.put("copy_of", s.copyOf().get(i));
    }
    return JSON.writeValueAsString(n);
  }

  /** The three tables; the article rows are joined to their story by id. */
  static void parquet(SparkSession spark, JavaRDD<Records.StoryOut> stories, JavaRDD<Records.Member> members,
      String out) {
    StructType storySchema = new StructType()
        .add("story_id", DataTypes.StringType).add("size", DataTypes.IntegerType)
        .add("sources", DataTypes.IntegerType).add("headline", DataTypes.StringType)
        .add("first_day", DataTypes.StringType).add("last_day", DataTypes.StringType);
    spark.createDataFrame(stories.map(s -> RowFactory.create(s.storyId(), s.size(), s.sources(), s.headline(),
        s.first(), s.last())), storySchema).write().mode(SaveMode.Overwrite).parquet(out + "/parquet/stories");

    StructType claimSchema = new StructType()
        .add("story_id", DataTypes.StringType).add("kind", DataTypes.StringType)
        .add("text", DataTypes.StringType).add("sources", DataTypes.createArrayType(DataTypes.IntegerType));
    spark.createDataFrame(stories.flatMap(s -> {
      List<Row> rows = new ArrayList<>();
      for (Records.Claim c : s.claims()) {
        rows.add(RowFactory.create(s.storyId(), c.kind(), c.text(), c.sources().toArray(new Integer[0])));
      }
      return rows.iterator();
    }), claimSchema).write().mode(SaveMode.Overwrite).parquet(out + "/parquet/claims");

    StructType articleSchema = new StructType()
        .add("article_id", DataTypes.StringType).add("origin", DataTypes.StringType)
        .add("url", DataTypes.StringType).add("outlet", DataTypes.StringType)
        .add("title", DataTypes.StringType).add("published", DataTypes.StringType)
        .add("language", DataTypes.StringType).add("words", DataTypes.IntegerType);
    StructType storyOfSchema = new StructType()
        .add("article_id", DataTypes.StringType).add("story_id", DataTypes.StringType)
        .add("copy_of", DataTypes.StringType);
    var articles = spark.createDataFrame(members.map(m -> {
      var a = m.article();
      return RowFactory.create(a.id(), a.origin(), a.url(), a.outlet(), a.title(),
          a.published() == null ? null : a.published().date().toString(), a.language(),
          a.text() == null ? 0 : a.text().split("\\s+").length);
    }), articleSchema);
    var storyOf = spark.createDataFrame(stories.flatMap(s -> {
      List<Row> rows = new ArrayList<>();
      for (int i = 0; i < s.articleIds().size(); i++) {
        rows.add(RowFactory.create(s.articleIds().get(i), s.storyId(), s.copyOf().get(i)));
      }
      return rows.iterator();
    }), storyOfSchema);
    articles.join(storyOf, "article_id").write().mode(SaveMode.Overwrite).parquet(out + "/parquet/articles");
  }
}
