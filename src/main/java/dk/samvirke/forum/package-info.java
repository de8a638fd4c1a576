/**
 * The forum: categories (association-wide and one per product), questions and discussions in
 * Markdown, answers, likes, tags, watches and e-mail notifications, moderation. A new question about
 * a product reaches the contact persons of the organisations that run it (interfaces.md §7).
 * {@link dk.samvirke.forum.ForumPolicy} alone decides who may do what here.
 */
package dk.samvirke.forum;
