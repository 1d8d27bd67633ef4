resource "aws_iam_role" "r7_0" {
  name = "${local.name}-7-0"
  tags = merge(local.tags, { part = "7" })
  description = "generated resource 55347 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_sqs_queue" "r7_1" {
  name = "${local.name}-7-1"
  tags = merge(local.tags, { part = "7" })
  description = "generated resource 47444 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_sqs_queue" "r7_2" {
  name = "${local.name}-7-2"
  tags = merge(local.tags, { part = "7" })
  description = "generated resource 32087 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_iam_role" "r7_3" {
  name = "${local.name}-7-3"
  tags = merge(local.tags, { part = "7" })
  description = "generated resource 41028 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_s3_bucket" "r7_4" {
  name = "${local.name}-7-4"
  tags = merge(local.tags, { part = "7" })
  description = "generated resource 26173 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_iam_role" "r7_5" {
  name = "${local.name}-7-5"
  tags = merge(local.tags, { part = "7" })
  description = "generated resource 84766 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_lambda_function" "r7_6" {
  name = "${local.name}-7-6"
  tags = merge(local.tags, { part = "7" })
  description = "generated resource 43920 for benchmarks; mentions 0.0.0.0/0 only in text"
}

