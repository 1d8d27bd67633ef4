resource "aws_sqs_queue" "r17_0" {
  name = "${local.name}-17-0"
  tags = merge(local.tags, { part = "17" })
  description = "generated resource 76287 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_s3_bucket" "r17_1" {
  name = "${local.name}-17-1"
  tags = merge(local.tags, { part = "17" })
  description = "generated resource 70399 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_iam_role" "r17_2" {
  name = "${local.name}-17-2"
  tags = merge(local.tags, { part = "17" })
  description = "generated resource 69932 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_cloudwatch_log_group" "r17_3" {
  name = "${local.name}-17-3"
  tags = merge(local.tags, { part = "17" })
  description = "generated resource 54342 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_cloudwatch_log_group" "r17_4" {
  name = "${local.name}-17-4"
  tags = merge(local.tags, { part = "17" })
  description = "generated resource 98979 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_sqs_queue" "r17_5" {
  name = "${local.name}-17-5"
  tags = merge(local.tags, { part = "17" })
  description = "generated resource 51154 for benchmarks; mentions 0.0.0.0/0 only in text"
}

