resource "aws_iam_role" "r5_0" {
  name = "${local.name}-5-0"
  tags = merge(local.tags, { part = "5" })
  description = "generated resource 27808 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_sqs_queue" "r5_1" {
  name = "${local.name}-5-1"
  tags = merge(local.tags, { part = "5" })
  description = "generated resource 38799 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_iam_role" "r5_2" {
  name = "${local.name}-5-2"
  tags = merge(local.tags, { part = "5" })
  description = "generated resource 89345 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_sqs_queue" "r5_3" {
  name = "${local.name}-5-3"
  tags = merge(local.tags, { part = "5" })
  description = "generated resource 64301 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_sqs_queue" "r5_4" {
  name = "${local.name}-5-4"
  tags = merge(local.tags, { part = "5" })
  description = "generated resource 6489 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_iam_role" "r5_5" {
  name = "${local.name}-5-5"
  tags = merge(local.tags, { part = "5" })
  description = "generated resource 68 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_sqs_queue" "r5_6" {
  name = "${local.name}-5-6"
  tags = merge(local.tags, { part = "5" })
  description = "generated resource 20973 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_s3_bucket" "r5_7" {
  name = "${local.name}-5-7"
  tags = merge(local.tags, { part = "5" })
  description = "generated resource 32303 for benchmarks; mentions 0.0.0.0/0 only in text"
}

