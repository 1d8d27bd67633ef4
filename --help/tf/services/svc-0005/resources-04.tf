resource "aws_sqs_queue" "r4_0" {
  name = "${local.name}-4-0"
  tags = merge(local.tags, { part = "4" })
  description = "generated resource 35811 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_s3_bucket" "r4_1" {
  name = "${local.name}-4-1"
  tags = merge(local.tags, { part = "4" })
  description = "generated resource 76153 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_iam_role" "r4_2" {
  name = "${local.name}-4-2"
  tags = merge(local.tags, { part = "4" })
  description = "generated resource 7108 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_s3_bucket" "r4_3" {
  name = "${local.name}-4-3"
  tags = merge(local.tags, { part = "4" })
  description = "generated resource 33948 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_sqs_queue" "r4_4" {
  name = "${local.name}-4-4"
  tags = merge(local.tags, { part = "4" })
  description = "generated resource 48115 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_cloudwatch_log_group" "r4_5" {
  name = "${local.name}-4-5"
  tags = merge(local.tags, { part = "4" })
  description = "generated resource 75918 for benchmarks; mentions 0.0.0.0/0 only in text"
}

