/**
 * Topic profiles: what a text is about, from topic lexicons (one YAML file per topic: weighted terms and phrases,
 * related topics, and ambiguous words that count only next to their cues).
 *
 * <p>The public surface is small: {@link dev.copydesk.topic.TopicModel#profile(String)} gives a
 * {@link dev.copydesk.topic.TopicProfile} (a score per topic, with the terms that matched) for any text, and
 * {@link dev.copydesk.topic.DocumentTopics} does the same for a whole article, weighing its title and headings.
 * {@link dev.copydesk.topic.Lexicons} loads the lexicons shipped in the jar and those in a user's folders, once per
 * run. Everything here is immutable and safe to share between threads.
 */
package dev.copydesk.topic;
