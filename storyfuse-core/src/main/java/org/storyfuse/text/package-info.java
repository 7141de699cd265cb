/**
 * Text utilities shared by the stages: sentence splitting (OpenNLP, paragraph-aware), terms,
 * TF-IDF vectors and dense vector arithmetic.
 *
 * <p>May import: model, OpenNLP. Imported by ingest's neighbours, analyze, cluster, fuse, render.
 */
package org.storyfuse.text;
