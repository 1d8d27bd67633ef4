resource "aws_iam_role" "r22_0" {
  name = "${local.name}-22-0"
  tags = merge(local.tags, { part = "22" })
  description = "generated resource 33500 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_s3_bucket" "r22_1" {
  name = "${local.name}-22-1"
  tags = merge(local.tags, { part = "22" })
  description = "generated resource 59377 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_dynamodb_table" "r22_2" {
  name = "${local.name}-22-2"
  tags = merge(local.tags, { part = "22" })
  description = "generated resource 40140 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_sqs_queue" "r22_3" {
  name = "${local.name}-22-3"
  tags = merge(local.tags, { part = "22" })
  description = "generated resource 68542 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_sqs_queue" "r22_4" {
  name = "${local.name}-22-4"
  tags = merge(local.tags, { part = "22" })
  description = "generated resource 32140 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_s3_bucket" "r22_5" {
  name = "${local.name}-22-5"
  tags = merge(local.tags, { part = "22" })
  description = "generated resource 45733 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_cloudwatch_log_group" "r22_6" {
  name = "${local.name}-22-6"
  tags = merge(local.tags, { part = "22" })
  description = "generated resource 14543 for benchmarks; mentions 0.0.0.0/0 only in text"
}

