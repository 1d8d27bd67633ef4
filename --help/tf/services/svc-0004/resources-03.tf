resource "aws_s3_bucket" "r3_0" {
  name = "${local.name}-3-0"
  tags = merge(local.tags, { part = "3" })
  description = "generated resource 4433 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_iam_role" "r3_1" {
  name = "${local.name}-3-1"
  tags = merge(local.tags, { part = "3" })
  description = "generated resource 47508 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_s3_bucket" "r3_2" {
  name = "${local.name}-3-2"
  tags = merge(local.tags, { part = "3" })
  description = "generated resource 67466 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_dynamodb_table" "r3_3" {
  name = "${local.name}-3-3"
  tags = merge(local.tags, { part = "3" })
  description = "generated resource 29820 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_sqs_queue" "r3_4" {
  name = "${local.name}-3-4"
  tags = merge(local.tags, { part = "3" })
  description = "generated resource 60659 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_sqs_queue" "r3_5" {
  name = "${local.name}-3-5"
  tags = merge(local.tags, { part = "3" })
  description = "generated resource 87381 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_dynamodb_table" "r3_6" {
  name = "${local.name}-3-6"
  tags = merge(local.tags, { part = "3" })
  description = "generated resource 70768 for benchmarks; mentions 0.0.0.0/0 only in text"
}

